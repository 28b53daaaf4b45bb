// Text written without spaces (Chinese, Japanese) as search terms. The index holds every character and every
// pair of neighbouring characters of each run of Han and kana, so any word of two or more characters is found as
// its chain of pairs whatever the word boundaries: ICU's word segmenter in Node 20 splits brand names and kana
// words it does not know ("钙|尔|奇", "ふく|ら|は|ぎ"), so it cannot be trusted for the index. Questions are cut
// into words the other way round: first the words of the language's tables (synonyms, brands, question words,
// stop words), longest first, then `Intl.Segmenter` words for what is left. A question word is then searched as
// its chain of pairs. Full-width and half-width forms are folded to plain ones, in the index and in questions
// alike ("Ｂ６" is "b6", "ｺﾑﾗｶﾞｴﾘ" is "コムラガエリ"). Katakana stays katakana: folded to hiragana, the pairs of
// every loanword and brand would be shared with ordinary kana text and each search would scan far more pages.
import type { Clip, SnippetWord, SnippetWords } from './snippet.js';

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆]/u;
/** Runs of Han and kana, runs of other letters and digits; everything else separates. */
const RUNS =
  /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆]+)|((?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆])[\p{L}\p{N}])+)/gu;
/** Letters and digits of other scripts (B6, DVT): Han counts as a letter too, so it must be kept out. */
const OTHER_WORDS = /(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆])[\p{L}\p{N}])+/gu;
/** Full-width and half-width forms to plain ones, lower case. */
export function foldCjk(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

const isCjk = (term: string) => CJK_CHAR.test(term);

/** Characters and neighbouring pairs of a run (the index's terms). */
function unigramsAndBigrams(run: string, out: string[]) {
  const chars = [...run];
  for (let i = 0; i < chars.length; i++) {
    out.push(chars[i]!);
    if (i + 1 < chars.length) out.push(chars[i]! + chars[i + 1]!);
  }
}

/** Pairs of a run, or the character itself when the run is one character (a searched word's terms). */
function bigrams(run: string, out: string[]) {
  const chars = [...run];
  if (chars.length === 1) out.push(chars[0]!);
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
}

function runsOf(text: string, cjk: (run: string, out: string[]) => void): string[] {
  const out: string[] = [];
  for (const m of foldCjk(text).matchAll(RUNS)) {
    if (m[1]) cjk(m[1], out);
    else out.push(m[2]!);
  }
  return out;
}

/** The index's terms: characters and pairs of Han and kana runs, other words whole. */
export const cjkIndexTokens = (text: string): string[] => runsOf(text, unigramsAndBigrams);
/** A searched word's terms: its pairs (every one must match, so the word is found as a whole). */
export const cjkSearchTokens = (text: string): string[] => runsOf(text, bigrams);

/**
 * Cuts questions and table phrases into words: the dictionary's words first (longest match), then
 * `Intl.Segmenter` for the stretches between them.
 */
export function createCjkWordSplitter(locale: string, dictionary: Iterable<string>) {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  const byFirst = new Map<string, string[]>();
  for (const word of new Set([...dictionary].map(foldCjk))) {
    if (!word || !isCjk(word[0]!)) continue;
    byFirst.set(word[0]!, [...(byFirst.get(word[0]!) ?? []), word]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);

  function segment(stretch: string, out: string[]) {
    for (const part of segmenter.segment(stretch)) if (part.isWordLike) out.push(part.segment);
  }

  return (text: string): string[] => {
    const out: string[] = [];
    for (const m of foldCjk(text).matchAll(RUNS)) {
      if (!m[1]) {
        out.push(m[2]!);
        continue;
      }
      const run = m[1];
      let stretch = '';
      let i = 0;
      while (i < run.length) {
        const word = byFirst.get(run[i]!)?.find((w) => run.startsWith(w, i));
        if (word) {
          if (stretch) segment(stretch, out);
          stretch = '';
          out.push(word);
          i += word.length;
        } else {
          stretch += run[i];
          i += 1;
        }
      }
      if (stretch) segment(stretch, out);
    }
    return out;
  };
}

/** Where each index term of a text sits, for snippets (positions in the text as written). */
export const cjkSnippetWords: SnippetWords = (text) => {
  const words: SnippetWord[] = [];
  const chars = [...text];
  let at = 0;
  let previous: { at: number; char: string } | undefined;
  for (const raw of chars) {
    const char = foldCjk(raw);
    if (char.length === 1 && isCjk(char)) {
      words.push({ at, term: char });
      if (previous) words.push({ at: previous.at, term: previous.char + char });
      previous = { at, char };
    } else {
      previous = undefined;
    }
    at += raw.length;
  }
  // Latin words inside (B6, DVT) as the index holds them.
  for (const m of text.matchAll(OTHER_WORDS)) words.push({ at: m.index, term: foldCjk(m[0]) });
  return words.sort((a, b) => a.at - b.at);
};

const SENTENCE_BREAK = /[。！？；\n]/;
const PAUSE = /[，、：,]/;

/** Excerpts of text written without spaces: start after a sentence or clause break near the match. */
export const cjkClip: Clip = (text, start, maxLength) => {
  let from = start;
  if (from > 0) {
    // Back to the start of the clause holding the match, if it is near; else cut mid-sentence.
    let k = from;
    while (
      k > 0 &&
      from - k < maxLength / 2 &&
      !SENTENCE_BREAK.test(text[k - 1]!) &&
      !PAUSE.test(text[k - 1]!)
    )
      k -= 1;
    from = k;
  }
  let to = Math.min(text.length, from + maxLength);
  if (to < text.length) {
    for (let k = to; k > from + maxLength / 2; k--) {
      if (SENTENCE_BREAK.test(text[k - 1]!)) {
        to = k;
        break;
      }
    }
  }
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
};
