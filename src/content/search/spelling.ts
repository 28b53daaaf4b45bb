// Typo correction against the words the index holds: "magnesim" → "magnesium", "calff" → "calf",
// "crmaps" → "cramps". One edit is forgiven per whole five letters (at least one), and swapping two
// neighbouring letters is one edit, not two: it is the commonest slip on a phone keyboard, and counting it as
// two left short words such as "pian" or "calcuim" uncorrected. Among equally close words the commonest wins.

const FUZZINESS = 0.2;
const MIN_LENGTH = 4;

// Three reusable rows: the speller runs on every keystroke of live search, so it avoids allocating.
let rowA = new Uint16Array(64);
let rowB = new Uint16Array(64);
let rowC = new Uint16Array(64);

/**
 * Edit distance counting insertions, deletions, substitutions and swaps of two neighbouring letters (optimal
 * string alignment), giving up (returning max + 1) once it must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rowA.length <= b.length) {
    rowA = new Uint16Array(b.length + 1);
    rowB = new Uint16Array(b.length + 1);
    rowC = new Uint16Array(b.length + 1);
  }
  let beforePrevious = rowC;
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb)
        value = Math.min(value, beforePrevious[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    // Safe with swaps too: a swap reaching row i + 1 from row i - 1 passes a cell of row i no larger.
    if (rowMin > max) return max + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return Math.min(previous[b.length]!, max + 1);
}

export type Speller = {
  /** The word itself when the index knows it or it starts a known word (still being typed); else the closest known word, or the word when none is close. */
  correct: (word: string) => string;
  knows: (word: string) => boolean;
};

/** `vocabulary` maps each indexed word to the number of items that use it. */
export function createSpeller(vocabulary: ReadonlyMap<string, number>): Speller {
  const sorted = [...vocabulary.keys()].sort();
  const byLength = new Map<number, string[]>();
  for (const word of sorted) byLength.set(word.length, [...(byLength.get(word.length) ?? []), word]);

  const startsAKnownWord = (prefix: string): boolean => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo < sorted.length && sorted[lo]!.startsWith(prefix);
  };

  function correct(word: string): string {
    if (vocabulary.has(word) || word.length < MIN_LENGTH || /\d/.test(word) || startsAKnownWord(word))
      return word;
    // Whole edits per five letters, rounded down: a second edit from 10 letters on, so an unknown but real
    // word ("screaming") is not bent into a different known one ("spreading").
    const max = Math.max(1, Math.floor(word.length * FUZZINESS));
    let best = word;
    let bestDistance = max + 1;
    let bestCount = 0;
    for (let length = word.length - max; length <= word.length + max; length++) {
      for (const candidate of byLength.get(length) ?? []) {
        const distance = editDistance(word, candidate, Math.min(max, bestDistance));
        const count = vocabulary.get(candidate)!;
        if (distance < bestDistance || (distance === bestDistance && count > bestCount)) {
          best = candidate;
          bestDistance = distance;
          bestCount = count;
        }
      }
    }
    return bestDistance <= max ? best : word;
  }

  return { correct, knows: (word) => vocabulary.has(word) };
}
