// The knowledge items and sources as the API shows them: sources and related ids resolved to titles, every
// text a reader sees in the request's language (items from knowledgeIn, labels and appraisals from the
// `learn` catalog); keys, kinds, statuses and verdicts are the same in every language.
import type { IntlShape } from 'react-intl';
import { z } from 'zod';
import type { KnowledgeBase } from '../../content/knowledge-base.js';
import {
  EVIDENCE_VERDICTS,
  ITEM_KINDS,
  type KnowledgeItem,
  SAFETY_STATUSES,
  SOURCE_KINDS,
  type Source,
} from '../../content/schema.js';
import { safetyLabelIn } from '../pages/learn-labels.js';
import { appraisalIn } from '../pages/source-words.js';

const kind = z.enum(ITEM_KINDS);

export const sourceViewSchema = z.object({
  key: z.string(),
  title: z.string(),
  publisher: z.string(),
  date: z.string().nullable(),
  kind: z.enum(SOURCE_KINDS),
  url: z.string().optional(),
  appraisal: z.string().optional(),
});
export type SourceView = z.infer<typeof sourceViewSchema>;

const safetyViewSchema = z.object({
  status: z.enum(SAFETY_STATUSES),
  trimesters: z.array(z.number().int()).optional(),
  reason: z.string(),
  label: z.string().describe('The badge text, e.g. "Avoid in trimesters 2–3"'),
});

export const itemSummarySchema = z.object({
  id: z.string(),
  kind,
  title: z.string(),
  summary: z.string(),
  safety: safetyViewSchema.nullable(),
});

const sourceRef = z.object({ key: z.string(), title: z.string() });

export const itemViewSchema = itemSummarySchema.extend({
  aliases: z.array(z.string()),
  sources: z.array(sourceViewSchema),
  evidence: z.object({
    verdict: z.enum(EVIDENCE_VERDICTS),
    summary: z.string(),
    sources: z.array(sourceRef),
  }),
  conflicts: z.array(
    z.object({
      topic: z.string(),
      positions: z.array(z.object({ source: sourceRef, claim: z.string() })),
      resolution: z.string(),
      resolutionSources: z.array(sourceRef),
    }),
  ),
  related: z.array(z.object({ id: z.string(), title: z.string(), kind })),
  reviewed: z.string(),
  details: z.string().describe('Markdown'),
  detailsHtml: z.string().describe('The details rendered to HTML; raw HTML in the Markdown is escaped'),
  nutrients: z
    .object({
      serving: z.string(),
      grams: z.number(),
      calciumMg: z.number(),
      magnesiumMg: z.number(),
      potassiumMg: z.number(),
      vitaminB6Mg: z.number(),
      fdcId: z.number().int().optional(),
    })
    .optional(),
  acupoint: z.object({ code: z.string(), names: z.array(z.string()), location: z.string() }).optional(),
  findings: z.array(z.string()).optional(),
});

export function sourceView(source: Source, intl: IntlShape): SourceView {
  const appraisal = appraisalIn(intl, source);
  return {
    key: source.key,
    title: source.title,
    publisher: source.publisher,
    date: source.date,
    kind: source.kind,
    ...(source.url ? { url: source.url } : {}),
    ...(appraisal ? { appraisal } : {}),
  };
}

function safetyView(item: KnowledgeItem, intl: IntlShape) {
  if (!item.safety) return null;
  const { status, trimesters, reason } = item.safety;
  return { status, ...(trimesters ? { trimesters } : {}), reason, label: safetyLabelIn(intl, item.safety) };
}

export function itemSummaryView(item: KnowledgeItem, intl: IntlShape): z.infer<typeof itemSummarySchema> {
  return {
    id: item.id,
    kind: item.kind,
    title: item.title,
    summary: item.summary,
    safety: safetyView(item, intl),
  };
}

export function itemView(
  kb: KnowledgeBase,
  item: KnowledgeItem,
  intl: IntlShape,
): z.infer<typeof itemViewSchema> {
  // Keys are checked when the knowledge base loads, so every lookup here resolves.
  const ref = (key: string) => ({ key, title: kb.source(key)!.title });
  return {
    ...itemSummaryView(item, intl),
    aliases: item.aliases,
    sources: item.sources.map((key) => sourceView(kb.source(key)!, intl)),
    evidence: {
      verdict: item.evidence.verdict,
      summary: item.evidence.summary,
      sources: item.evidence.sources.map(ref),
    },
    conflicts: item.conflicts.map((c) => ({
      topic: c.topic,
      positions: c.positions.map((p) => ({ source: ref(p.source), claim: p.claim })),
      resolution: c.resolution,
      resolutionSources: c.resolutionSources.map(ref),
    })),
    related: kb.related(item),
    reviewed: item.reviewed,
    details: item.details,
    detailsHtml: kb.detailsHtml(item.id),
    ...(item.nutrients ? { nutrients: item.nutrients } : {}),
    ...(item.acupoint ? { acupoint: item.acupoint } : {}),
    ...(item.findings ? { findings: item.findings } : {}),
  };
}
