import { describe, expect, it } from 'vitest';
import { emergencyNumberFor } from '../triage/emergency-numbers.js';
import { ADVICE_LINE_REGIONS, adviceLineFor } from './advice-lines.js';
import { telHref, whoToCall } from './who-to-call.js';

describe('whoToCall', () => {
  it("prefers the person's own maternity unit over every line", () => {
    const choice = whoToCall({
      maternityUnit: { name: "St Thomas' maternity triage", phone: '020 7188 7188' },
      region: 'GB',
    });
    expect(choice).toEqual({
      kind: 'maternity-unit',
      label: "Call St Thomas' maternity triage",
      number: '020 7188 7188',
      href: 'tel:02071887188',
    });
  });

  it("falls back to the region's non-emergency line: NHS 111 in the UK, #7119 in Japan", () => {
    expect(whoToCall({ maternityUnit: null, region: 'GB' })).toMatchObject({
      kind: 'advice-line',
      number: '111',
      href: 'tel:111',
    });
    expect(whoToCall({ maternityUnit: null, region: 'uk' })).toMatchObject({ number: '111' });
    const japan = whoToCall({ maternityUnit: null, region: 'JP' });
    expect(japan).toMatchObject({ kind: 'advice-line', number: '#7119', href: 'tel:%237119' });
    expect(japan.kind === 'advice-line' && japan.note).toMatch(/119/);
  });

  it('ignores a saved unit whose phone is blank', () => {
    expect(whoToCall({ maternityUnit: { name: 'Unit', phone: '  ' }, region: 'GB' }).kind).toBe(
      'advice-line',
    );
  });

  it('falls back to the emergency number with a note where no advice line is known', () => {
    const us = whoToCall({ maternityUnit: null, region: 'US' });
    expect(us).toMatchObject({ kind: 'emergency', number: '911', href: 'tel:911' });
    expect(us.kind === 'emergency' && us.note).toMatch(/no non-emergency advice line/);
    expect(whoToCall({ maternityUnit: undefined, region: null })).toMatchObject({
      kind: 'emergency',
      number: '112',
    });
  });

  it('never offers an advice line that is the same as the emergency number', () => {
    // A person told to "get seen today" must not be sent to a line that is really the ambulance.
    for (const region of ADVICE_LINE_REGIONS) {
      const choice = whoToCall({ maternityUnit: null, region });
      expect(choice.kind).toBe('advice-line');
      expect(adviceLineFor(region)?.number).not.toBe(emergencyNumberFor(region).number);
    }
    expect(whoToCall({ maternityUnit: null, region: 'NZ' }).number).not.toBe('111');
  });
});

describe('telHref', () => {
  it('keeps digits and a leading plus, drops the British (0)', () => {
    expect(telHref('+44 (0)20 7188 7188')).toBe('tel:+442071887188');
    expect(telHref('(555) 010-0199')).toBe('tel:5550100199');
    expect(telHref('1800 022 222')).toBe('tel:1800022222');
  });
});
