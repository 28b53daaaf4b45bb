/**
 * Non-emergency health advice lines by region: the number to call when something should be seen today but
 * is not an emergency, and the person has no maternity unit or triage line of their own saved.
 * Only national (or near-national) lines that answer health questions at any hour are listed; a region
 * with none falls back to its emergency number (see who-to-call.ts).
 */

export interface AdviceLine {
  /** What the line is called, as people there know it. */
  readonly name: string;
  /** The number as it is dialled in the region. */
  readonly number: string;
  /** Where it does not answer everywhere, or anything else the caller should know. */
  readonly note?: string;
}

const LINES: Readonly<Record<string, AdviceLine>> = {
  GB: {
    name: 'NHS 111',
    number: '111',
    note: 'In Northern Ireland, call your GP or the GP out-of-hours service instead.',
  },
  JP: {
    name: 'Emergency consultation line #7119',
    number: '#7119',
    note: 'Not every prefecture has #7119; where it does not connect, call 119.',
  },
  AU: { name: 'healthdirect', number: '1800 022 222' },
  NZ: { name: 'Healthline', number: '0800 611 116' },
  CA: { name: 'Health line 811', number: '811', note: 'Answered in most provinces and territories.' },
  DE: { name: 'Ärztlicher Bereitschaftsdienst 116 117', number: '116117' },
  AT: { name: 'Gesundheitsnummer 1450', number: '1450' },
  SE: { name: '1177 Vårdguiden', number: '1177' },
  NO: { name: 'Legevakt 116 117', number: '116117' },
  FI: {
    name: 'Päivystysapu 116 117',
    number: '116117',
    note: 'Answered in most wellbeing services counties.',
  },
};

const ALIASES: Readonly<Record<string, string>> = { UK: 'GB' };

/** The region's non-emergency advice line, or undefined when none is listed. */
export function adviceLineFor(region: string | null | undefined): AdviceLine | undefined {
  if (!region) return undefined;
  const code = region.trim().toUpperCase();
  const resolved = ALIASES[code] ?? code;
  return Object.hasOwn(LINES, resolved) ? LINES[resolved] : undefined;
}

/** Regions with a listed advice line, for tests and documentation. */
export const ADVICE_LINE_REGIONS: readonly string[] = Object.keys(LINES);
