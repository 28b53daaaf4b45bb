// A short plain-text excerpt around the best match, so a result shows why it was found. The words of each
// text are found and folded once, when the index is built, so a snippet costs no text scanning per query.
import { foldTerm } from './text.js';

const WORD = /[\p{L}\p{N}]+/gu;

export type SnippetWord = { at: number; term: string };

export type SnippetSource = { text: string; words: readonly SnippetWord[] };

/** Where each word of a text sits and the term the index holds for it. */
export type SnippetWords = (text: string) => SnippetWord[];

export const spacedWords =
  (term: (word: string) => string): SnippetWords =>
  (text) =>
    [...text.matchAll(WORD)].map((m) => ({ at: m.index, term: term(m[0]) }));

const englishWords = spacedWords(foldTerm);

export function snippetSource(text: string): SnippetSource {
  return snippetSourceWith(englishWords, text);
}

export function snippetSourceWith(wordsOf: SnippetWords, text: string): SnippetSource {
  return { text, words: wordsOf(text) };
}

/** Cuts `maxLength` characters of `text` from about `start` into an excerpt. */
export type Clip = (text: string, start: number, maxLength: number) => string;

/** Excerpts of text written with spaces: cut between words. */
export function clip(text: string, start: number, maxLength: number): string {
  let from = start;
  if (from > 0) {
    const space = text.lastIndexOf(' ', from);
    from = space < 0 ? 0 : space + 1;
  }
  let to = Math.min(text.length, from + maxLength);
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > from) to = space;
  }
  const body = text
    .slice(from, to)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[,;:]$/, '');
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}

/**
 * The window of the first text that mentions a matched term, placed where most distinct terms gather;
 * the start of the first text when none does.
 */
export function makeSnippet(
  sources: readonly SnippetSource[],
  terms: ReadonlySet<string>,
  maxLength = 180,
  cut: Clip = clip,
): string {
  const lead = Math.floor(maxLength / 4);
  for (const { text, words } of sources) {
    const matches = words.filter((w) => terms.has(w.term));
    if (matches.length === 0) continue;
    // The distinct terms in each window, counted as the window slides (the words are in text order), so a
    // long text with many matches (every character pair of a Chinese page) costs linear time, not quadratic.
    let best = matches[0]!;
    let bestCount = 0;
    const counts = new Map<string, number>();
    let lo = 0;
    let hi = 0;
    for (const m of matches) {
      const start = m.at - lead;
      while (hi < matches.length && matches[hi]!.at < start + maxLength) {
        const term = matches[hi]!.term;
        counts.set(term, (counts.get(term) ?? 0) + 1);
        hi += 1;
      }
      while (lo < hi && matches[lo]!.at < start) {
        const term = matches[lo]!.term;
        const left = counts.get(term)! - 1;
        if (left === 0) counts.delete(term);
        else counts.set(term, left);
        lo += 1;
      }
      if (counts.size > bestCount) {
        best = m;
        bestCount = counts.size;
      }
    }
    return cut(text, Math.max(0, best.at - lead), maxLength);
  }
  return cut(sources[0]?.text ?? '', 0, maxLength);
}
