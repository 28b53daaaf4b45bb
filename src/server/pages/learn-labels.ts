// Plain words for the knowledge base's structure: the Learn sections in reading order, kind names, verdicts.
import type { EvidenceVerdict, ItemKind } from '../../content/schema.js';

export type LearnSection = { slug: string; heading: string; intro: string; kinds: readonly ItemKind[] };

/** Every kind appears in exactly one section; the order is the order a person would read them in. */
export const LEARN_SECTIONS: readonly LearnSection[] = [
  {
    slug: 'overview',
    heading: 'What is happening',
    intro: 'What a leg cramp is, when it comes and how common it is.',
    kinds: ['overview'],
  },
  {
    slug: 'cause',
    heading: 'Why it happens',
    intro: 'The reasons given for pregnancy cramps, and how sure anyone is.',
    kinds: ['cause'],
  },
  {
    slug: 'risk-factor',
    heading: 'Who is at risk',
    intro: 'What makes cramps more likely.',
    kinds: ['risk-factor'],
  },
  {
    slug: 'pattern',
    heading: 'Patterns and what they may mean',
    intro: 'When cramps come with other signs, they can point to something else.',
    kinds: ['pattern'],
  },
  {
    slug: 'red-flag',
    heading: 'Warning signs',
    intro: 'Signs that need a midwife or doctor: some within a day, some straight away.',
    kinds: ['red-flag'],
  },
  {
    slug: 'prevention',
    heading: 'Preventing cramps',
    intro: 'Everyday things that may make cramps less likely.',
    kinds: ['prevention'],
  },
  {
    slug: 'relief',
    heading: 'During a cramp',
    intro: 'What to do when a cramp grips, and what to avoid.',
    kinds: ['relief'],
  },
  {
    slug: 'treatment',
    heading: 'Treatments',
    intro: 'Supplements, medicines and therapies, with what trials found.',
    kinds: ['treatment'],
  },
  {
    slug: 'remedy',
    heading: 'Home and herbal remedies',
    intro: 'Folk, herbal and homeopathic remedies the articles mention, and whether they are safe.',
    kinds: ['remedy'],
  },
  {
    slug: 'nutrient',
    heading: 'Food and nutrients',
    intro: 'The minerals and vitamins linked with cramps, how much you need, and foods that supply them.',
    kinds: ['nutrient', 'food'],
  },
  { slug: 'test', heading: 'Tests', intro: 'Checks a clinician may suggest, and why.', kinds: ['test'] },
  {
    slug: 'differential',
    heading: 'Other conditions',
    intro: 'Conditions that can feel like, or come with, leg cramps.',
    kinds: ['differential'],
  },
  {
    slug: 'complication',
    heading: 'Complications',
    intro: 'What cramps can lead to, and claims about harm.',
    kinds: ['complication'],
  },
  {
    slug: 'acupoint',
    heading: 'Acupuncture',
    intro: 'What acupuncture involves, the points used for cramps and the points avoided in pregnancy.',
    kinds: ['acupuncture', 'acupoint'],
  },
  { slug: 'lifestyle', heading: 'Living well', intro: 'Rest, sleep and support.', kinds: ['lifestyle'] },
];

export const KIND_LABELS: Record<ItemKind, string> = {
  overview: 'Overview',
  cause: 'Cause',
  'risk-factor': 'Risk factor',
  pattern: 'Pattern',
  'red-flag': 'Warning sign',
  prevention: 'Prevention',
  relief: 'During a cramp',
  treatment: 'Treatment',
  remedy: 'Remedy',
  nutrient: 'Nutrient',
  food: 'Food',
  test: 'Test',
  differential: 'Other condition',
  complication: 'Complication',
  acupoint: 'Acupuncture point',
  acupuncture: 'Acupuncture',
  lifestyle: 'Living well',
};

/** Sub-headings inside a section that holds two kinds. */
export const KIND_GROUP_HEADINGS: Partial<Record<ItemKind, string>> = {
  nutrient: 'Nutrients',
  food: 'Foods',
  acupuncture: 'About acupuncture',
  acupoint: 'Acupuncture points',
};

export const VERDICT_LABELS: Record<EvidenceVerdict, { label: string; meaning: string }> = {
  established: { label: 'Well established', meaning: 'Guidelines and research agree.' },
  consensus: { label: 'Standard advice', meaning: 'What clinicians advise, though no trial has tested it.' },
  limited: { label: 'Limited evidence', meaning: 'Small or mixed trials; the answer is uncertain.' },
  unproven: { label: 'Not proven', meaning: 'No good evidence either way.' },
  contradicted: { label: 'The evidence says otherwise', meaning: 'Research does not support this claim.' },
};

export function sectionOf(kind: ItemKind): LearnSection {
  return LEARN_SECTIONS.find((s) => s.kinds.includes(kind))!;
}

/** "22 November 2026" from "2026-11-22"; "Undated" for null. */
export function formatDate(iso: string | null): string {
  if (!iso) return 'Undated';
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

/**
 * The opening of a summary for one-line lists: its first sentence, with the next one too when the first is
 * too short to say much ("This is the most common pattern."), cut at a word only when very long.
 */
export function firstSentence(text: string, max = 240): string {
  const sentences = text.match(/.+?(?:[.!?](?=\s|$)|$)/gs)?.map((s) => s.trim()) ?? [text];
  let out = '';
  for (const sentence of sentences) {
    const next = out ? `${out} ${sentence}` : sentence;
    if (out && next.length > max) break;
    out = next;
    if (out.length >= MIN_LINE) break;
  }
  if (out.length <= max) return out;
  const cut = out.lastIndexOf(' ', max - 1);
  return `${out.slice(0, cut > 0 ? cut : max - 1).replace(/[,;:]$/, '')}…`;
}

const MIN_LINE = 60;
