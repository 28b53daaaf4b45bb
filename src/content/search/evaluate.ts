// Scores a search function on a question set: hit@1, hit@3 and, for "is X safe?" questions, how often X's own
// verdict page comes first. Shared by the unit test that holds the bars and by bench/search.ts.

export type EvalCase = {
  query: string;
  expect: readonly string[];
  /** "Is X safe?" questions: X's own verdict page(s); one must be ranked first. */
  own?: readonly string[] | undefined;
};

export type EvalMiss = {
  query: string;
  got: string[];
  wanted: readonly string[];
  kind: 'top3' | 'safety-first';
};

export type EvalResult = {
  questions: number;
  hitAt1: number;
  hitAt3: number;
  /** Safety questions in the set (0 when it has none; then safetyFirst is 1). */
  safetyQuestions: number;
  safetyFirst: number;
  misses: EvalMiss[];
};

export function evaluate(
  search: (query: string) => readonly string[],
  cases: readonly EvalCase[],
): EvalResult {
  let at1 = 0;
  let at3 = 0;
  let safety = 0;
  let safetyFirst = 0;
  const misses: EvalMiss[] = [];
  for (const c of cases) {
    const got = search(c.query).slice(0, 3);
    if (got[0] !== undefined && c.expect.includes(got[0])) at1 += 1;
    if (got.some((id) => c.expect.includes(id))) at3 += 1;
    else misses.push({ query: c.query, got, wanted: c.expect, kind: 'top3' });
    if (c.own) {
      safety += 1;
      if (got[0] !== undefined && c.own.includes(got[0])) safetyFirst += 1;
      else misses.push({ query: c.query, got, wanted: c.own, kind: 'safety-first' });
    }
  }
  const n = Math.max(1, cases.length);
  return {
    questions: cases.length,
    hitAt1: at1 / n,
    hitAt3: at3 / n,
    safetyQuestions: safety,
    safetyFirst: safety === 0 ? 1 : safetyFirst / safety,
    misses,
  };
}

export function describeMiss(miss: EvalMiss): string {
  const what = miss.kind === 'safety-first' ? 'own verdict not first' : 'not in top 3';
  return `${what}: "${miss.query}" → ${miss.got.join(', ') || '(nothing)'} (wanted ${miss.wanted.join(' or ')})`;
}
