// Plain words for the knowledge base's structure in the page's language: the Learn sections in reading order,
// kind names, verdicts, safety labels and dates (the words are in the `learn` catalog).
import type { IntlShape } from 'react-intl';
import type { EvidenceVerdict, ItemKind, Safety, SafetyStatus } from '../../content/schema.js';

export type LearnSection = { slug: string; kinds: readonly ItemKind[] };

/** Every kind appears in exactly one section; the order is the order a person would read them in. */
export const LEARN_SECTIONS: readonly LearnSection[] = [
  { slug: 'overview', kinds: ['overview'] },
  { slug: 'cause', kinds: ['cause'] },
  { slug: 'risk-factor', kinds: ['risk-factor'] },
  { slug: 'pattern', kinds: ['pattern'] },
  { slug: 'red-flag', kinds: ['red-flag'] },
  { slug: 'prevention', kinds: ['prevention'] },
  { slug: 'relief', kinds: ['relief'] },
  { slug: 'treatment', kinds: ['treatment'] },
  { slug: 'remedy', kinds: ['remedy'] },
  { slug: 'nutrient', kinds: ['nutrient', 'food'] },
  { slug: 'test', kinds: ['test'] },
  { slug: 'differential', kinds: ['differential'] },
  { slug: 'complication', kinds: ['complication'] },
  { slug: 'acupoint', kinds: ['acupuncture', 'acupoint'] },
  { slug: 'lifestyle', kinds: ['lifestyle'] },
];

/** Each section's heading and introduction, as message ids written out (the catalog check finds them). */
const SECTION_MESSAGES: Record<string, { heading: string; intro: string }> = {
  overview: { heading: 'learn.section.overview.heading', intro: 'learn.section.overview.intro' },
  cause: { heading: 'learn.section.cause.heading', intro: 'learn.section.cause.intro' },
  'risk-factor': { heading: 'learn.section.risk-factor.heading', intro: 'learn.section.risk-factor.intro' },
  pattern: { heading: 'learn.section.pattern.heading', intro: 'learn.section.pattern.intro' },
  'red-flag': { heading: 'learn.section.red-flag.heading', intro: 'learn.section.red-flag.intro' },
  prevention: { heading: 'learn.section.prevention.heading', intro: 'learn.section.prevention.intro' },
  relief: { heading: 'learn.section.relief.heading', intro: 'learn.section.relief.intro' },
  treatment: { heading: 'learn.section.treatment.heading', intro: 'learn.section.treatment.intro' },
  remedy: { heading: 'learn.section.remedy.heading', intro: 'learn.section.remedy.intro' },
  nutrient: { heading: 'learn.section.nutrient.heading', intro: 'learn.section.nutrient.intro' },
  test: { heading: 'learn.section.test.heading', intro: 'learn.section.test.intro' },
  differential: { heading: 'learn.section.differential.heading', intro: 'learn.section.differential.intro' },
  complication: { heading: 'learn.section.complication.heading', intro: 'learn.section.complication.intro' },
  acupoint: { heading: 'learn.section.acupoint.heading', intro: 'learn.section.acupoint.intro' },
  lifestyle: { heading: 'learn.section.lifestyle.heading', intro: 'learn.section.lifestyle.intro' },
};

export const sectionHeading = (intl: IntlShape, section: LearnSection): string =>
  intl.formatMessage({ id: SECTION_MESSAGES[section.slug]!.heading });
export const sectionIntro = (intl: IntlShape, section: LearnSection): string =>
  intl.formatMessage({ id: SECTION_MESSAGES[section.slug]!.intro });

/**
 * The kinds in plain words in English; the other languages' are beside the search that uses them too
 * (KIND_LABELS_BY_LOCALE in ../search/localized-search.ts), read through kindLabel() in ./kind-label.ts.
 */
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
  nutrient: 'learn.group.nutrient',
  food: 'learn.group.food',
  acupuncture: 'learn.group.acupuncture',
  acupoint: 'learn.group.acupoint',
};

const VERDICT_MESSAGES: Record<EvidenceVerdict, { label: string; meaning: string }> = {
  established: { label: 'learn.verdict.established', meaning: 'learn.verdict.established.meaning' },
  consensus: { label: 'learn.verdict.consensus', meaning: 'learn.verdict.consensus.meaning' },
  limited: { label: 'learn.verdict.limited', meaning: 'learn.verdict.limited.meaning' },
  unproven: { label: 'learn.verdict.unproven', meaning: 'learn.verdict.unproven.meaning' },
  contradicted: { label: 'learn.verdict.contradicted', meaning: 'learn.verdict.contradicted.meaning' },
};

/**
 * The English verdict names, for the web app's plan page (src/web/pages/plan.tsx), which takes its words
 * from its own catalog area once translated; the server pages use verdictWords().
 */
export const VERDICT_LABELS: Record<EvidenceVerdict, { label: string; meaning: string }> = {
  established: { label: 'Well established', meaning: 'Guidelines and research agree.' },
  consensus: { label: 'Standard advice', meaning: 'What clinicians advise, though no trial has tested it.' },
  limited: { label: 'Limited evidence', meaning: 'Small or mixed trials; the answer is uncertain.' },
  unproven: { label: 'Not proven', meaning: 'No good evidence either way.' },
  contradicted: { label: 'The evidence says otherwise', meaning: 'Research does not support this claim.' },
};

/** The verdict's name and what it means, in the page's language. */
export function verdictWords(intl: IntlShape, verdict: EvidenceVerdict): { label: string; meaning: string } {
  const ids = VERDICT_MESSAGES[verdict];
  return { label: intl.formatMessage({ id: ids.label }), meaning: intl.formatMessage({ id: ids.meaning }) };
}

const SAFETY_MESSAGES: Record<SafetyStatus, string> = {
  recommended: 'learn.safety.recommended',
  ok: 'learn.safety.ok',
  'ask-first': 'learn.safety.ask-first',
  'not-recommended': 'learn.safety.not-recommended',
  avoid: 'learn.safety.avoid',
};

/**
 * The safety badge's words in the page's language ("Avoid in trimesters 2–3", "孕中期至孕晚期避免"):
 * the same shape as the English `safetyLabel()`, which the search index and the plan keep using.
 */
export function safetyLabelIn(intl: IntlShape, safety: Pick<Safety, 'status' | 'trimesters'>): string {
  const status = intl.formatMessage({ id: SAFETY_MESSAGES[safety.status] });
  const sorted = [...new Set(safety.trimesters ?? [])].sort();
  if (sorted.length === 0) return status;
  if (sorted.length === 1)
    return intl.formatMessage({ id: 'learn.safety.oneTrimester' }, { status, trimester: sorted[0] });
  const consecutive = sorted.every((t, i) => i === 0 || t === sorted[i - 1]! + 1);
  if (consecutive)
    return intl.formatMessage(
      { id: 'learn.safety.trimesterRange' },
      { status, from: sorted[0], to: sorted[sorted.length - 1] },
    );
  const trimesters = intl.formatList(sorted.map(String), { type: 'conjunction' });
  return intl.formatMessage({ id: 'learn.safety.trimesterList' }, { status, trimesters });
}

export function sectionOf(kind: ItemKind): LearnSection {
  return LEARN_SECTIONS.find((s) => s.kinds.includes(kind))!;
}

/** "22 November 2026" from "2026-11-22" (2026年11月22日, 22 ноября 2026 г.); "Undated" for null. */
export function formatDate(intl: IntlShape, iso: string | null): string {
  if (!iso) return intl.formatMessage({ id: 'learn.date.undated' });
  // English pages have always written the day first; the other languages use their own order.
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString(intl.locale === 'en' ? 'en-GB' : intl.locale, {
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
  // Chinese and Japanese end a sentence with 。！？ and no space after it.
  const sentences = text.match(/.+?(?:[.!?](?=\s|$)|[。！？]|$)/gs)?.map((s) => s.trim()) ?? [text];
  // A Chinese or Japanese character says about as much as two or three Latin letters.
  const minLine = /[\u3040-\u30ff\u4e00-\u9fff]/.test(text) ? MIN_LINE / 2 : MIN_LINE;
  let out = '';
  for (const sentence of sentences) {
    if (!sentence) continue;
    const next = out ? (/[。！？]$/.test(out) ? `${out}${sentence}` : `${out} ${sentence}`) : sentence;
    if (out && next.length > max) break;
    out = next;
    if (out.length >= minLine) break;
  }
  if (out.length <= max) return out;
  const cut = out.lastIndexOf(' ', max - 1);
  return `${out.slice(0, cut > 0 ? cut : max - 1).replace(/[,;:]$/, '')}…`;
}

const MIN_LINE = 60;
