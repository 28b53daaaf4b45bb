// The shape of a knowledge item and of a source, validated when content loads (build, tests, server start).
import { z } from 'zod';

export const ITEM_KINDS = [
  'overview',
  'cause',
  'risk-factor',
  'pattern',
  'red-flag',
  'prevention',
  'relief',
  'treatment',
  'remedy',
  'nutrient',
  'food',
  'test',
  'differential',
  'complication',
  'acupoint',
  'acupuncture',
  'lifestyle',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** Kinds describing something a person might do or take: each needs a safety verdict. */
export const KINDS_NEEDING_SAFETY: readonly ItemKind[] = [
  'prevention',
  'relief',
  'treatment',
  'remedy',
  'acupoint',
];

export const SAFETY_STATUSES = ['recommended', 'ok', 'ask-first', 'not-recommended', 'avoid'] as const;
export type SafetyStatus = (typeof SAFETY_STATUSES)[number];

/**
 * How well the best evidence supports the item's central claim or advice.
 * established: guidelines and data agree · consensus: standard clinical advice without trials ·
 * limited: small or mixed trials, low certainty · unproven: no real evidence either way ·
 * contradicted: the evidence says otherwise.
 */
export const EVIDENCE_VERDICTS = ['established', 'consensus', 'limited', 'unproven', 'contradicted'] as const;
export type EvidenceVerdict = (typeof EVIDENCE_VERDICTS)[number];

export const SOURCE_KINDS = [
  'consumer-article',
  'guideline',
  'review',
  'trial',
  'study',
  'regulator',
  'database',
] as const;

const sourceKey = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'source keys are kebab-case');
export const itemIdPattern = /^[a-z]+(-[a-z]+)*\.[a-z0-9]+(-[a-z0-9]+)*$/;
const itemId = z.string().regex(itemIdPattern, 'ids look like kind.name-in-kebab-case');
const isoDate = z.iso.date();

export const sourceSchema = z.strictObject({
  key: sourceKey,
  title: z.string().min(3),
  publisher: z.string().min(2),
  date: isoDate.nullable(),
  kind: z.enum(SOURCE_KINDS),
  url: z.url({ protocol: /^https$/ }).optional(),
  appraisal: z.string().min(40).optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export const safetySchema = z.strictObject({
  status: z.enum(SAFETY_STATUSES),
  trimesters: z
    .array(z.union([z.literal(1), z.literal(2), z.literal(3)]))
    .min(1)
    .optional(),
  reason: z.string().min(20),
});
export type Safety = z.infer<typeof safetySchema>;

export const evidenceSchema = z.strictObject({
  verdict: z.enum(EVIDENCE_VERDICTS),
  summary: z.string().min(30),
  sources: z.array(sourceKey).min(1),
});

export const conflictSchema = z.strictObject({
  topic: z.string().min(5),
  positions: z
    .array(z.strictObject({ source: sourceKey, claim: z.string().min(10) }))
    .min(2, 'a conflict needs at least two positions'),
  resolution: z.string().min(30),
  resolutionSources: z.array(sourceKey).min(1),
});
export type Conflict = z.infer<typeof conflictSchema>;

/** Nutrient content of one usual serving (USDA FoodData Central figures). */
export const foodNutrientsSchema = z.strictObject({
  serving: z.string().min(3),
  grams: z.number().positive(),
  calciumMg: z.number().nonnegative(),
  magnesiumMg: z.number().nonnegative(),
  potassiumMg: z.number().nonnegative(),
  vitaminB6Mg: z.number().nonnegative(),
  fdcId: z.number().int().positive().optional(),
});

export const acupointSchema = z.strictObject({
  code: z.string().regex(/^[A-Z]{2,3}\d{1,2}$/),
  names: z.array(z.string().min(2)).min(1),
  location: z.string().min(20),
});

/** Front matter of an item file; the Markdown body becomes `details`. */
export const itemFrontMatterSchema = z.strictObject({
  id: itemId,
  kind: z.enum(ITEM_KINDS),
  title: z.string().min(3).max(90),
  summary: z.string().min(40).max(700),
  aliases: z.array(z.string().min(2)).default([]),
  sources: z.array(sourceKey).min(1),
  evidence: evidenceSchema,
  safety: safetySchema.optional(),
  conflicts: z.array(conflictSchema).default([]),
  related: z.array(itemId).default([]),
  reviewed: isoDate,
  findings: z.array(z.string().regex(/^[a-z_]+$/)).optional(),
  nutrients: foodNutrientsSchema.optional(),
  acupoint: acupointSchema.optional(),
});
export type ItemFrontMatter = z.infer<typeof itemFrontMatterSchema>;

export type KnowledgeItem = ItemFrontMatter & {
  /** Markdown body, may be empty. */
  details: string;
  /** Path of the file it came from, relative to the content folder. */
  file: string;
};
