// The trace from each source article to the knowledge base: every claim the article makes, in our own short
// paraphrase, with the items that cover it and what we did with it. It lives in src/content/trace/<key>.yaml,
// one file per consumer article, and `content check` keeps it honest: each article has a file, every claim
// names at least one item, every named item exists and cites the article, and a claim we corrected or withheld
// says why.
//
// covered: an item states the claim and agrees with it (or reports it with the evidence for it).
// corrected: an item reports the claim and says what the evidence says instead.
// withheld: the claim is deliberately not repeated (an unsafe dose or recipe, for example); an item says so.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { ContentProblem } from './loader.js';
import { traceDir } from './paths.js';
import { itemIdPattern, type KnowledgeItem, type Source } from './schema.js';

export const TRACE_STATUSES = ['covered', 'corrected', 'withheld'] as const;
export type TraceStatus = (typeof TRACE_STATUSES)[number];

export const traceClaimSchema = z
  .strictObject({
    claim: z.string().min(15, 'a claim is a short sentence in our own words').max(240),
    status: z.enum(TRACE_STATUSES),
    items: z.array(z.string().regex(itemIdPattern, 'item ids look like kind.name-in-kebab-case')),
    why: z.string().min(15).optional(),
  })
  .refine((c) => c.status === 'covered' || c.why !== undefined, {
    message: 'a corrected or withheld claim says why',
    path: ['why'],
  });
export type TraceClaim = z.infer<typeof traceClaimSchema>;

export const articleTraceSchema = z.strictObject({
  article: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  claims: z.array(traceClaimSchema).min(1),
});
export type ArticleTrace = z.infer<typeof articleTraceSchema> & { file: string };

function describeZodError(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
}

export function parseTrace(text: string, file: string): { trace?: ArticleTrace; problem?: ContentProblem } {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    return { problem: { file, message: `not valid YAML: ${(error as Error).message}` } };
  }
  const parsed = articleTraceSchema.safeParse(data);
  if (!parsed.success) return { problem: { file, message: describeZodError(parsed.error) } };
  return { trace: { ...parsed.data, file } };
}

export function loadTraces(dir = traceDir): { traces: ArticleTrace[]; problems: ContentProblem[] } {
  const traces: ArticleTrace[] = [];
  const problems: ContentProblem[] = [];
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  for (const name of files) {
    const { trace, problem } = parseTrace(readFileSync(join(dir, name), 'utf8'), `trace/${name}`);
    if (problem) problems.push(problem);
    if (trace) traces.push(trace);
  }
  return { traces, problems };
}

/** Cross-checks the trace against the items and the registry (see the module header). */
export function checkTraces(
  traces: readonly ArticleTrace[],
  items: readonly KnowledgeItem[],
  sources: readonly Source[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byId = new Map(items.map((item) => [item.id, item]));
  const articles = sources.filter((s) => s.kind === 'consumer-article').map((s) => s.key);
  const traced = new Set<string>();
  for (const trace of traces) {
    const at = (message: string) => problems.push({ file: trace.file, message });
    if (basename(trace.file) !== `${trace.article}.yaml`)
      at(`the file for ${trace.article} is ${trace.article}.yaml`);
    if (!articles.includes(trace.article)) at(`${trace.article} is not a consumer article in sources.yaml`);
    if (traced.has(trace.article)) at(`${trace.article} is traced twice`);
    traced.add(trace.article);
    trace.claims.forEach((claim, index) => {
      const label = `${trace.article} claim ${index + 1} ("${claim.claim.slice(0, 40)}…")`;
      if (claim.items.length === 0) at(`${label} has no item`);
      for (const id of claim.items) {
        const item = byId.get(id);
        if (!item) at(`${label}: item ${id} does not exist`);
        else if (!item.sources.includes(trace.article))
          at(`${label}: item ${id} does not cite ${trace.article}`);
      }
    });
  }
  for (const key of articles) {
    if (!traced.has(key)) problems.push({ file: `trace/${key}.yaml`, message: `${key} has no trace file` });
  }
  return problems;
}

export type TraceTotals = Record<TraceStatus, number> & { claims: number };

export function traceTotals(trace: Pick<ArticleTrace, 'claims'>): TraceTotals {
  const totals: TraceTotals = { claims: trace.claims.length, covered: 0, corrected: 0, withheld: 0 };
  for (const claim of trace.claims) totals[claim.status]++;
  return totals;
}
