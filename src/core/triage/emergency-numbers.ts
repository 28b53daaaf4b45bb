/**
 * Local emergency numbers by ISO 3166 alpha-2 region, so the emergency action names the number
 * the person should actually dial. Unknown or missing regions fall back to 112, which reaches
 * emergency services from mobile phones in many countries.
 */

export interface EmergencyNumber {
  readonly number: string;
  /** The normalised region code (ISO alpha-2, 'EU', or DEFAULT_REGION). */
  readonly region: string;
  /** Human name of the region, for pickers and for the action text. */
  readonly label: string;
}

/** Region code reported when the region is unknown or not supported. */
export const DEFAULT_REGION = 'INTL';

const DEFAULT_NUMBER: EmergencyNumber = {
  number: '112',
  region: DEFAULT_REGION,
  label: 'Unknown region',
};

// Ambulance numbers where a country has a separate one (NO 113, CH 144, SG 995, BR 192, IL 101):
// the police number would still answer, but the ambulance line saves a transfer.
const NUMBERS: Readonly<Record<string, { number: string; label: string }>> = {
  US: { number: '911', label: 'United States' },
  CA: { number: '911', label: 'Canada' },
  MX: { number: '911', label: 'Mexico' },
  GB: { number: '999', label: 'United Kingdom' },
  IE: { number: '112', label: 'Ireland' },
  EU: { number: '112', label: 'European Union' },
  AT: { number: '112', label: 'Austria' },
  BE: { number: '112', label: 'Belgium' },
  BG: { number: '112', label: 'Bulgaria' },
  HR: { number: '112', label: 'Croatia' },
  CY: { number: '112', label: 'Cyprus' },
  CZ: { number: '112', label: 'Czechia' },
  DK: { number: '112', label: 'Denmark' },
  EE: { number: '112', label: 'Estonia' },
  FI: { number: '112', label: 'Finland' },
  FR: { number: '112', label: 'France' },
  DE: { number: '112', label: 'Germany' },
  GR: { number: '112', label: 'Greece' },
  HU: { number: '112', label: 'Hungary' },
  IT: { number: '112', label: 'Italy' },
  LV: { number: '112', label: 'Latvia' },
  LT: { number: '112', label: 'Lithuania' },
  LU: { number: '112', label: 'Luxembourg' },
  MT: { number: '112', label: 'Malta' },
  NL: { number: '112', label: 'Netherlands' },
  PL: { number: '112', label: 'Poland' },
  PT: { number: '112', label: 'Portugal' },
  RO: { number: '112', label: 'Romania' },
  SK: { number: '112', label: 'Slovakia' },
  SI: { number: '112', label: 'Slovenia' },
  ES: { number: '112', label: 'Spain' },
  SE: { number: '112', label: 'Sweden' },
  IS: { number: '112', label: 'Iceland' },
  NO: { number: '113', label: 'Norway' },
  CH: { number: '144', label: 'Switzerland' },
  JP: { number: '119', label: 'Japan' },
  KR: { number: '119', label: 'South Korea' },
  TW: { number: '119', label: 'Taiwan' },
  CN: { number: '120', label: 'China' },
  // 103 is the ambulance line; 112 also answers from any phone and passes the call on.
  RU: { number: '103', label: 'Russia' },
  HK: { number: '999', label: 'Hong Kong' },
  SG: { number: '995', label: 'Singapore' },
  IN: { number: '112', label: 'India' },
  AU: { number: '000', label: 'Australia' },
  NZ: { number: '111', label: 'New Zealand' },
  BR: { number: '192', label: 'Brazil' },
  PH: { number: '911', label: 'Philippines' },
  IL: { number: '101', label: 'Israel' },
};

// Common non-ISO spellings people and browsers use.
const ALIASES: Readonly<Record<string, string>> = { UK: 'GB' };

/** Every supported region, sorted by label, for a region picker. */
export const SUPPORTED_REGIONS: readonly EmergencyNumber[] = Object.entries(NUMBERS)
  .map(([region, entry]) => ({ region, ...entry }))
  .sort((a, b) => a.label.localeCompare(b.label, 'en'));

function normaliseRegion(region: string | undefined): string | undefined {
  if (region === undefined) return undefined;
  const code = region.trim().toUpperCase();
  const resolved = Object.hasOwn(ALIASES, code) ? ALIASES[code] : code;
  return resolved !== undefined && Object.hasOwn(NUMBERS, resolved) ? resolved : undefined;
}

export function isSupportedRegion(region: string | undefined): boolean {
  return normaliseRegion(region) !== undefined;
}

/**
 * The emergency number for a region code (case-insensitive; 'UK' is read as 'GB').
 * @example emergencyNumberFor('gb') // { number: '999', region: 'GB', label: 'United Kingdom' }
 */
export function emergencyNumberFor(region: string | undefined): EmergencyNumber {
  const code = normaliseRegion(region);
  const entry = code === undefined ? undefined : NUMBERS[code];
  if (code === undefined || entry === undefined) return DEFAULT_NUMBER;
  return { region: code, ...entry };
}

/**
 * The region part of a BCP 47 locale, or undefined when the locale names none.
 * @example regionFromLocale('en-GB') // 'GB'
 */
export function regionFromLocale(locale: string | undefined): string | undefined {
  if (locale === undefined || locale.trim() === '') return undefined;
  try {
    const region = new Intl.Locale(locale.trim().replaceAll('_', '-')).region;
    // UN M.49 numeric areas such as '419' (Latin America) name no single country.
    return region !== undefined && /^[A-Z]{2}$/.test(region) ? region : undefined;
  } catch {
    return undefined;
  }
}
