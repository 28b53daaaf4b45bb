import { describe, expect, it } from 'vitest';
import { regionFromAcceptLanguage } from './request-region.js';

describe('regionFromAcceptLanguage', () => {
  it.each([
    ['en-GB,en;q=0.9', 'GB'],
    ['ja-JP', 'JP'],
    ['en', undefined],
    ['en, ja-JP;q=0.8', 'JP'],
    ['fr-FR;q=0.5, en-AU;q=0.9', 'AU'],
    ['de-AT;q=0.7, de-CH;q=0.7', 'AT'],
    ['en-US;q=0, en-NZ;q=0.2', 'NZ'],
    ['es-419, es-MX;q=0.9', 'MX'],
    ['*', undefined],
    ['', undefined],
    [undefined, undefined],
    ['zh_TW', 'TW'],
    ['not a locale!!, en-IE', 'IE'],
  ])('reads %j as %s', (header, region) => {
    expect(regionFromAcceptLanguage(header)).toBe(region);
  });

  it('ignores a header far longer than any browser sends', () => {
    expect(regionFromAcceptLanguage(`en-GB,${'x,'.repeat(400)}`)).toBeUndefined();
  });
});
