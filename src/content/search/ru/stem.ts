// A Russian stemmer after the Snowball algorithm (snowballstem.org/algorithms/russian): it strips the
// inflectional endings of nouns, adjectives, participles and verbs inside the part of the word after its first
// vowel, so "судороги", "судорогу" and "судорогой" all become "судорог". Written here rather than taken from a
// package: the npm stemmers are either unmaintained CommonJS or pull in whole NLP suites, and this is 80 lines.
// The derivational step (-ость) is left out: "слабость" and "слабый" should stay apart in a medical text.

const VOWELS = /[аеиоуыэюя]/;

/** Endings, longest first so the longest one present wins. */
const byLength = (list: string) => list.split(' ').sort((a, b) => b.length - a.length);

const PERFECTIVE_GERUND_AFTER_A = byLength('в вши вшись');
const PERFECTIVE_GERUND = byLength('ив ивши ившись ыв ывши ывшись');
const REFLEXIVE = byLength('ся сь');
const ADJECTIVE = byLength(
  'ее ие ые ое ими ыми ей ий ый ой ем им ым ом его ого ему ому их ых ую юю ая яя ою ею',
);
const PARTICIPLE_AFTER_A = byLength('ем нн вш ющ щ');
const PARTICIPLE = byLength('ивш ывш ующ');
const VERB_AFTER_A = byLength('ла на ете йте ли й л ем н ло но ет ют ны ть ешь нно');
const VERB = byLength(
  'ила ыла ена ейте уйте ите или ыли ей уй ил ыл им ым ен ило ыло ено ят ует уют ит ыт ены ить ыть ишь ую ю',
);
const NOUN = byLength(
  'а ев ов ие ье е иями ями ами еи ии и ией ей ой ий й иям ям ием ем ам ом о у ах иях ях ы ь ию ью ю ия ья я',
);

/** The ending of `rv` found in `plain`, or in `afterA` when preceded by "а" or "я" (which stays). */
function strip(rv: string, plain: readonly string[], afterA: readonly string[] = []): string | undefined {
  let best: string | undefined;
  for (const ending of afterA) {
    if (rv.endsWith(ending) && /[ая]/.test(rv.charAt(rv.length - ending.length - 1))) {
      best = rv.slice(0, -ending.length);
      break;
    }
  }
  for (const ending of plain) {
    if (!rv.endsWith(ending)) continue;
    const cut = rv.slice(0, -ending.length);
    if (best === undefined || cut.length < best.length) best = cut;
    break;
  }
  return best;
}

/** The stem of a lower-case Russian word (ё already folded to е); other words are returned as they are. */
export function stemRussian(word: string): string {
  const first = word.search(VOWELS);
  if (first < 0 || !/^[а-я]+$/.test(word)) return word;
  const head = word.slice(0, first + 1);
  let rv = word.slice(first + 1);

  const gerund = strip(rv, PERFECTIVE_GERUND, PERFECTIVE_GERUND_AFTER_A);
  if (gerund !== undefined) {
    rv = gerund;
  } else {
    rv = strip(rv, REFLEXIVE) ?? rv;
    const adjective = strip(rv, ADJECTIVE);
    if (adjective !== undefined) {
      rv = strip(adjective, PARTICIPLE, PARTICIPLE_AFTER_A) ?? adjective;
    } else {
      rv = strip(rv, VERB, VERB_AFTER_A) ?? strip(rv, NOUN) ?? rv;
    }
  }
  if (rv.endsWith('и')) rv = rv.slice(0, -1);
  if (rv.endsWith('ейше')) rv = rv.slice(0, -4);
  else if (rv.endsWith('ейш')) rv = rv.slice(0, -3);
  if (rv.endsWith('нн')) rv = rv.slice(0, -1);
  else if (rv.endsWith('ь')) rv = rv.slice(0, -1);
  return head + rv;
}
