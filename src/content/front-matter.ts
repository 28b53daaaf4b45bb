// Splits a Markdown file into its YAML front matter and body.
import { parse } from 'yaml';

export type FrontMatterResult = { ok: true; data: unknown; body: string } | { ok: false; message: string };

const opening = /^---\r?\n/;
const closing = /\r?\n---\r?\n?/;

export function splitFrontMatter(text: string): FrontMatterResult {
  if (!opening.test(text)) return { ok: false, message: 'the file must start with a --- front matter block' };
  const rest = text.replace(opening, '');
  const end = rest.search(closing);
  if (end < 0) return { ok: false, message: 'the front matter block is not closed with ---' };
  const yamlText = rest.slice(0, end);
  const body = rest.slice(end).replace(closing, '').trim();
  try {
    return { ok: true, data: parse(yamlText), body };
  } catch (error) {
    return { ok: false, message: `front matter is not valid YAML: ${(error as Error).message}` };
  }
}
