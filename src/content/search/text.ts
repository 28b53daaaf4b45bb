// How text becomes search terms, the same way for the items and for what people type.

/** Function words dropped from the index and from queries. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a an and are as at be been being but by did do doe for from had has have he her his how i if in into is it
  its me my no of on or our s she so t than that the their them then there these they this those to too us was
  we were what when where which while who whom why will with would you your yours am ll re ve m don didn isn
  doesn wasn aren just also very really still some any much more most about get got gets getting been ever
  should could can cannot might may must shall please im ive id hi hello thank thanks`.split(/\s+/),
);

/**
 * Words dropped from questions only: everything here is about pregnancy, and filler words people type
 * ("best", "dont", "all the time") would otherwise count as rare subjects and push good answers down. Not
 * "way": the leg "gives way".
 */
export const QUERY_ONLY_STOP_WORDS: ReadonlySet<string> = new Set(
  `pregnant pregnancy while during whilst dont doesnt cant wont isnt best all time thing anything
  something every lot lots up`.split(/\s+/),
);

const SPLIT = /[^\p{L}\p{N}]+/u;
const NON_ASCII = /[^ -~]/;
const IRREGULAR: Record<string, string> = { calves: 'calf', feet: 'foot', teeth: 'tooth', women: 'woman' };

export function tokenize(text: string): string[] {
  return text.split(SPLIT).filter((t) => t.length > 0);
}

/** Lower case, Latin accents folded, plurals folded ("cramps" → "cramp", "remedies" → "remedy"). */
export function foldTerm(term: string): string {
  const lower = term.toLowerCase();
  const t = NON_ASCII.test(lower) ? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : lower;
  if (IRREGULAR[t]) return IRREGULAR[t];
  if (t.length > 4 && t.endsWith('ies')) return `${t.slice(0, -3)}y`;
  if (t.length > 3 && t.endsWith('s') && !/(ss|us|is)$/.test(t)) return t.slice(0, -1);
  return t;
}

/** MiniSearch's processTerm: folded, stop words out. */
export function indexTerm(term: string): string | null {
  const t = foldTerm(term);
  return STOP_WORDS.has(t) ? null : t;
}

export function foldedTokens(text: string): string[] {
  return tokenize(text).map(foldTerm);
}
