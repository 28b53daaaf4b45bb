// The emergency number must match the region the person is in; a wrong number at the worst moment is a hazard.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REGION,
  emergencyNumberFor,
  isSupportedRegion,
  regionFromLocale,
  SUPPORTED_REGIONS,
} from './emergency-numbers.js';

describe('emergencyNumberFor', () => {
  it.each([
    ['US', '911'],
    ['CA', '911'],
    ['GB', '999'],
    ['UK', '999'],
    ['IE', '112'],
    ['EU', '112'],
    ['DE', '112'],
    ['FR', '112'],
    ['ES', '112'],
    ['IT', '112'],
    ['NL', '112'],
    ['BE', '112'],
    ['AT', '112'],
    ['PT', '112'],
    ['SE', '112'],
    ['DK', '112'],
    ['FI', '112'],
    ['PL', '112'],
    ['CZ', '112'],
    ['GR', '112'],
    ['JP', '119'],
    ['CN', '120'],
    ['RU', '103'],
    ['AU', '000'],
    ['NZ', '111'],
    ['IN', '112'],
  ])('%s → %s', (region, number) => {
    expect(emergencyNumberFor(region).number).toBe(number);
  });

  it('is case-insensitive and trims, and reads UK as GB', () => {
    expect(emergencyNumberFor(' gb ')).toEqual(emergencyNumberFor('GB'));
    expect(emergencyNumberFor('uk')).toEqual({ number: '999', region: 'GB', label: 'United Kingdom' });
    expect(emergencyNumberFor('jp').region).toBe('JP');
  });

  it('falls back to 112 for unknown, empty or missing regions', () => {
    for (const region of [undefined, '', 'XX', 'Narnia', 'toString', '__proto__']) {
      expect(emergencyNumberFor(region)).toMatchObject({ number: '112', region: DEFAULT_REGION });
      expect(isSupportedRegion(region)).toBe(false);
    }
  });

  it('lists the supported regions once each, with a label and a number', () => {
    const codes = SUPPORTED_REGIONS.map((r) => r.region);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual(expect.arrayContaining(['US', 'GB', 'IE', 'EU', 'JP', 'CN', 'AU', 'NZ', 'IN']));
    for (const entry of SUPPORTED_REGIONS) {
      expect(entry.number).toMatch(/^\d{3,}$/);
      expect(entry.label.length).toBeGreaterThan(1);
      expect(isSupportedRegion(entry.region)).toBe(true);
      expect(emergencyNumberFor(entry.region)).toEqual(entry);
    }
  });
});

describe('regionFromLocale', () => {
  it.each([
    ['en-GB', 'GB'],
    ['en_US', 'US'],
    ['zh-Hans-CN', 'CN'],
    ['ja-JP', 'JP'],
    ['de-at', 'AT'],
  ])('%s → %s', (locale, region) => {
    expect(regionFromLocale(locale)).toBe(region);
  });

  it('gives undefined when the locale names no single country', () => {
    for (const locale of [undefined, '', 'en', 'es-419', 'not a locale!']) {
      expect(regionFromLocale(locale)).toBeUndefined();
    }
  });
});
