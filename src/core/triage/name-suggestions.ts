/**
 * "Did you mean …?" for misspelt names: a misspelt red flag must be refused, and the refusal
 * should point at the name the person most likely meant.
 */

/** Edit distance counting insertions, deletions, substitutions and swaps of neighbours (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    const row = d[i]!;
    const prev = d[i - 1]!;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      }
      row[j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

// People type 'One-Leg-Swollen', 'one leg swollen' or 'oneLegSwollen' for one_leg_swollen.
function normalise(name: string): string {
  return name
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

const MAX_SUGGESTIONS = 3;
const MIN_FRAGMENT = 4;

/**
 * Known names close to an unknown one: the nearest by edit distance when it is close enough,
 * otherwise known names that contain the typed fragment (e.g. 'swollen').
 */
export function suggestNames(unknown: string, known: readonly string[]): string[] {
  const typed = normalise(unknown);
  if (typed === '') return [];
  // Allow about one slip per three characters, at most three, so short random words get no suggestion.
  const tolerance = Math.min(3, Math.max(1, Math.floor(typed.length / 3)));
  const scored = known
    .map((name) => ({ name, distance: editDistance(typed, normalise(name)) }))
    .filter((entry) => entry.distance <= tolerance)
    .sort((x, y) => x.distance - y.distance);
  const best = scored[0];
  if (best !== undefined) return scored.filter((e) => e.distance === best.distance).map((e) => e.name);
  if (typed.length < MIN_FRAGMENT) return [];
  return known
    .filter((name) => normalise(name).includes(typed) || typed.includes(normalise(name)))
    .slice(0, MAX_SUGGESTIONS);
}

/** ' Did you mean 'x'?' or ' Did you mean one of 'x', 'y'?' — empty when there is nothing close. */
export function didYouMean(unknown: string, known: readonly string[]): string {
  const suggestions = suggestNames(unknown, known).slice(0, MAX_SUGGESTIONS);
  if (suggestions.length === 0) return '';
  const quoted = suggestions.map((name) => `'${name}'`).join(', ');
  return suggestions.length === 1 ? ` Did you mean ${quoted}?` : ` Did you mean one of ${quoted}?`;
}
