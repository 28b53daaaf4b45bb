// Reading level of each knowledge item, as a Flesch–Kincaid grade (US school grade; `flesch-kincaid` for the
// formula, `syllable` for syllable counts). Health-literacy guidance asks for grade 6–8 in patient material, and
// the pages someone reads in a hurry or at night (red flags, relief, patterns, prevention, overviews) are held
// to grade 8; every other kind to grade 9.
//
// What is measured, and why:
// - Everything on the item's page that is prose in our own voice: the `summary`, the evidence summary, the
//   safety reason, the resolution of each disagreement, and the prose of the Markdown body.
// - Not measured: the title and other front-matter fields (short labels, not prose), source titles (quoted, not
//   ours to simplify), the claims each source makes in a disagreement (they restate a source's position, and
//   precision about what it said comes before plainness), headings (fragments with no sentence end), tables (names, numbers and places in cells),
//   code, and any paragraph or list item in which more than half the words are numbers (a list of doses or
//   reference ranges, where a sentence-length formula means nothing).
// - Each paragraph and each list item is its own stretch of text: one without a closing full stop, question or
//   exclamation mark counts as one sentence, as a reader takes it. Inside it, sentences end at . ! or ? followed
//   by a space and a capital letter, digit or opening mark, so "e.g. the" and "2.5 mg" do not split.
// - Markdown markup is removed (links keep their words, emphasis marks and backticks go). A word is a run of
//   characters with at least one letter or digit; a number counts as one word of one syllable.
// The grade is English-only: other languages need their own formula when content in them exists.
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import type { ContentProblem } from './loader.js';
import type { ItemKind, KnowledgeItem } from './schema.js';

/** Kinds read in a hurry or first: held to the stricter bar. */
export const PLAIN_KINDS: readonly ItemKind[] = ['red-flag', 'relief', 'pattern', 'prevention', 'overview'];
export const PLAIN_KIND_MAX_GRADE = 8;
export const OTHER_KIND_MAX_GRADE = 9;

export function maxGradeFor(kind: ItemKind): number {
  return PLAIN_KINDS.includes(kind) ? PLAIN_KIND_MAX_GRADE : OTHER_KIND_MAX_GRADE;
}

export type TextCounts = { sentence: number; word: number; syllable: number };

function stripInline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__|\*|_)(?=\S)([^*_]*?\S)\1/g, '$2');
}

const LIST_MARK = /^\s*(?:[-*+]|\d+[.)])\s+/;

/** The prose units of a Markdown body: paragraphs and list items, with headings, tables and code left out. */
export function proseUnits(markdown: string): string[] {
  const units: string[] = [];
  let current: string[] = [];
  let inCode = false;
  const flush = () => {
    if (current.length > 0) units.push(current.join(' '));
    current = [];
  };
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (/^\s*(```|~~~)/.test(line)) {
      flush();
      inCode = !inCode;
      continue;
    }
    if (inCode) continue;
    if (line.trim() === '' || /^\s*#/.test(line) || /^\s*\|/.test(line)) {
      flush();
      continue;
    }
    if (LIST_MARK.test(line)) {
      flush();
      current.push(line.replace(LIST_MARK, ''));
      continue;
    }
    current.push(line.trim().replace(/^>\s?/, ''));
  }
  flush();
  return units.map((u) => stripInline(u).trim()).filter((u) => u.length > 0);
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.,/-]*/gu;

function words(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.replace(/[.,]+$/, ''));
}

const isNumber = (word: string) => /^[\d.,/-]+$/.test(word);

/** Sentence, word and syllable counts of one prose unit; null when it is mostly numbers. */
export function countUnit(unit: string): TextCounts | null {
  const all = words(unit);
  if (all.length === 0) return null;
  if (all.filter(isNumber).length * 2 > all.length) return null;
  const sentences = unit
    .split(/(?<=[.!?]["'’”)]?)\s+(?=["'‘“(]?[\p{Lu}\p{N}])/u)
    .filter((s) => words(s).length > 0);
  let syllables = 0;
  for (const word of all) syllables += isNumber(word) ? 1 : Math.max(1, syllable(word));
  return { sentence: Math.max(1, sentences.length), word: all.length, syllable: syllables };
}

/** The text of an item that is measured (see the module header). */
export function measuredUnits(
  item: Pick<KnowledgeItem, 'summary' | 'evidence' | 'safety' | 'conflicts' | 'details'>,
): string[] {
  const ownProse = [
    item.summary,
    item.evidence.summary,
    item.safety?.reason ?? '',
    ...item.conflicts.map((c) => c.resolution),
    item.details,
  ];
  return ownProse.flatMap(proseUnits);
}

export function gradeOf(units: readonly string[]): number {
  const total: TextCounts = { sentence: 0, word: 0, syllable: 0 };
  for (const unit of units) {
    const counts = countUnit(unit);
    if (!counts) continue;
    total.sentence += counts.sentence;
    total.word += counts.word;
    total.syllable += counts.syllable;
  }
  return fleschKincaid(total);
}

export type ItemGrade = { id: string; kind: ItemKind; file: string; grade: number; max: number };

export function itemGrades(items: readonly KnowledgeItem[]): ItemGrade[] {
  return items.map((item) => ({
    id: item.id,
    kind: item.kind,
    file: item.file,
    grade: Math.round(gradeOf(measuredUnits(item)) * 10) / 10,
    max: maxGradeFor(item.kind),
  }));
}

export type GradeDistribution = {
  count: number;
  min: number;
  median: number;
  p90: number;
  max: number;
  over: ItemGrade[];
};

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function gradeDistribution(grades: readonly ItemGrade[]): GradeDistribution {
  const sorted = grades.map((g) => g.grade).sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median =
    sorted.length === 0
      ? Number.NaN
      : sorted.length % 2 === 1
        ? sorted[Math.floor(mid)]!
        : Math.round(((sorted[mid - 1]! + sorted[mid]!) / 2) * 100) / 100;
  return {
    count: sorted.length,
    min: sorted[0] ?? Number.NaN,
    median,
    p90: percentile(sorted, 90),
    max: sorted.at(-1) ?? Number.NaN,
    over: grades.filter((g) => g.grade > g.max).sort((a, b) => b.grade - a.grade),
  };
}

export function readabilityProblems(grades: readonly ItemGrade[]): ContentProblem[] {
  return gradeDistribution(grades).over.map((g) => ({
    file: g.file,
    message: `${g.id}: reads at grade ${g.grade.toFixed(1)}; ${g.kind} items must be at grade ${g.max} or below`,
  }));
}

export function describeDistribution(d: GradeDistribution): string {
  const over = d.over.length === 0 ? 'none' : d.over.map((g) => `${g.id} ${g.grade.toFixed(1)}`).join(', ');
  return (
    `Reading level (Flesch–Kincaid grade, ${d.count} items): min ${d.min.toFixed(1)}, median ${d.median.toFixed(1)}, ` +
    `p90 ${d.p90.toFixed(1)}, max ${d.max.toFixed(1)}. Over the bar: ${over}.`
  );
}
