// Translated knowledge items: one file per item and language under src/content/locales/<locale>/, at the same
// relative path as the English item, with the same front matter apart from the text a reader sees.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseItemFile } from './loader.js';
import { contentDir } from './paths.js';
import type { KnowledgeItem } from './schema.js';

export const TRANSLATION_LOCALES = ['zh-Hans', 'ru', 'ja'] as const;
export type TranslationLocale = (typeof TRANSLATION_LOCALES)[number];

export const localesDir = join(contentDir, 'locales');
export const localeItemsDir = (locale: TranslationLocale) => join(localesDir, locale, 'items');

export type TranslationProblem = { locale: TranslationLocale; file: string; message: string };

/** The translated items of one language that exist on disk, with the files that did not parse. */
export function loadTranslatedItems(locale: TranslationLocale): {
  items: KnowledgeItem[];
  problems: TranslationProblem[];
} {
  const dir = localeItemsDir(locale);
  if (!existsSync(dir)) return { items: [], problems: [] };
  const items: KnowledgeItem[] = [];
  const problems: TranslationProblem[] = [];
  const files = readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const path of files) {
    const file = relative(dir, path);
    const { item, problem } = parseItemFile(readFileSync(path, 'utf8'), file);
    if (problem) problems.push({ locale, ...problem });
    if (item) items.push(item);
  }
  return { items, problems };
}

/** Replaces every text a reader sees with a marker, leaving the facts a translation must not change. */
function factsOf(item: KnowledgeItem): unknown {
  return {
    id: item.id,
    kind: item.kind,
    sources: item.sources,
    evidence: { verdict: item.evidence.verdict, sources: item.evidence.sources },
    safety: item.safety && { status: item.safety.status, trimesters: item.safety.trimesters },
    conflicts: item.conflicts.map((c) => ({
      positions: c.positions.map((p) => p.source),
      resolutionSources: c.resolutionSources,
    })),
    related: item.related,
    reviewed: item.reviewed,
    findings: item.findings,
    nutrients: item.nutrients && { ...item.nutrients, serving: undefined },
    acupoint: item.acupoint && { code: item.acupoint.code },
  };
}

/** Every text of an item a reader sees, by where it sits, for the language checks. */
export function textsOf(item: KnowledgeItem): Array<[where: string, text: string]> {
  const texts: Array<[string, string]> = [
    ['title', item.title],
    ['summary', item.summary],
    ['evidence.summary', item.evidence.summary],
    ['details', item.details],
  ];
  if (item.safety) texts.push(['safety.reason', item.safety.reason]);
  for (const [i, c] of item.conflicts.entries()) {
    texts.push([`conflicts.${i}.topic`, c.topic], [`conflicts.${i}.resolution`, c.resolution]);
    for (const [j, p] of c.positions.entries()) texts.push([`conflicts.${i}.positions.${j}.claim`, p.claim]);
  }
  if (item.nutrients) texts.push(['nutrients.serving', item.nutrients.serving]);
  if (item.acupoint) texts.push(['acupoint.location', item.acupoint.location]);
  return texts;
}

const LETTERS = /\p{L}/gu;
const SCRIPT: Record<TranslationLocale, RegExp> = {
  'zh-Hans': /\p{Script=Han}/gu,
  ja: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu,
  ru: /\p{Script=Cyrillic}/gu,
};
/** Seven Latin words in a row, outside Markdown links and code: an English sentence left behind. */
const ENGLISH_RUN = /(?:\b[A-Za-z][A-Za-z'’-]*[\s,;:]+){6}[A-Za-z][A-Za-z'’-]*/;

function stripMarkup(text: string): string {
  return text
    .replace(/`[^`]*`/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/https?:\/\/\S+/g, ' ');
}

/** Why a translation does not match its English item, or does not read as the language; empty when it is sound. */
export function translationProblems(
  locale: TranslationLocale,
  english: KnowledgeItem,
  translated: KnowledgeItem,
): string[] {
  const problems: string[] = [];
  if (JSON.stringify(factsOf(english)) !== JSON.stringify(factsOf(translated))) {
    problems.push('front matter differs from the English item apart from its text');
  }
  if (english.conflicts.length !== translated.conflicts.length) problems.push('conflicts differ in number');
  if (Boolean(english.details) !== Boolean(translated.details))
    problems.push('body present in one language only');
  const englishTexts = new Map(textsOf(english));
  for (const [where, text] of textsOf(translated)) {
    const plain = stripMarkup(text);
    const letters = plain.match(LETTERS)?.length ?? 0;
    const native = plain.match(SCRIPT[locale])?.length ?? 0;
    if (letters > 0 && native / letters < 0.5) problems.push(`${where}: not written in ${locale}`);
    const run = ENGLISH_RUN.exec(plain);
    if (run) problems.push(`${where}: untranslated English "${run[0]}"`);
    if (text.length > 20 && englishTexts.get(where) === text) problems.push(`${where}: same as the English`);
  }
  return problems;
}
