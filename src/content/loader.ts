// Reads the source registry and every item file, validating each against the schema.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { splitFrontMatter } from './front-matter.js';
import { itemsDir, sourcesFile } from './paths.js';
import { itemFrontMatterSchema, type KnowledgeItem, type Source, sourceSchema } from './schema.js';

export type ContentProblem = { file: string; message: string };

export type LoadedContent = {
  items: KnowledgeItem[];
  sources: Source[];
  problems: ContentProblem[];
};

function listMarkdown(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function describeZodError(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
}

export function loadSources(file = sourcesFile): { sources: Source[]; problems: ContentProblem[] } {
  const parsed = z.array(sourceSchema).safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) return { sources: [], problems: [{ file, message: describeZodError(parsed.error) }] };
  return { sources: parsed.data, problems: [] };
}

export function parseItemFile(
  text: string,
  file: string,
): { item?: KnowledgeItem; problem?: ContentProblem } {
  const split = splitFrontMatter(text);
  if (!split.ok) return { problem: { file, message: split.message } };
  const parsed = itemFrontMatterSchema.safeParse(split.data);
  if (!parsed.success) return { problem: { file, message: describeZodError(parsed.error) } };
  return { item: { ...parsed.data, details: split.body, file } };
}

export function loadContent(dir = itemsDir, sources = sourcesFile): LoadedContent {
  const registry = loadSources(sources);
  const items: KnowledgeItem[] = [];
  const problems: ContentProblem[] = [...registry.problems];
  for (const path of listMarkdown(dir)) {
    const file = relative(dir, path);
    const { item, problem } = parseItemFile(readFileSync(path, 'utf8'), file);
    if (problem) problems.push(problem);
    if (item) items.push(item);
  }
  return { items, sources: registry.sources, problems };
}
