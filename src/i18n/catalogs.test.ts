// The catalog checks: every locale has every key of every area, every key is used somewhere in src/, and
// every message parses as ICU MessageFormat. Plus the formatting Crampwise relies on, per locale.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../content/paths.js';
import { AREAS, CATALOGS } from './catalogs.js';
import { formatCramps, formatMass } from './format.js';
import { LOCALES } from './locales.js';
import { serverIntl } from './server-intl.js';

const srcDir = join(packageRoot, 'src');
const messagesDir = join(srcDir, 'i18n', 'messages');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path === messagesDir ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('message catalogs', () => {
  it('has one folder per area and one file per locale in it, all registered', () => {
    expect(readdirSync(messagesDir).sort()).toEqual([...AREAS].sort());
    for (const area of AREAS) {
      expect(readdirSync(join(messagesDir, area)).sort()).toEqual(LOCALES.map((l) => `${l}.json`).sort());
      for (const locale of LOCALES) {
        const onDisk = JSON.parse(readFileSync(join(messagesDir, area, `${locale}.json`), 'utf8'));
        expect(CATALOGS[area][locale]).toEqual(onDisk);
      }
    }
  });

  it.each(AREAS)('%s: every locale has exactly the English keys, each starting with the area', (area) => {
    const english = Object.keys(CATALOGS[area].en).sort();
    expect(english.length).toBeGreaterThan(0);
    for (const id of english) expect(id.startsWith(`${area}.`)).toBe(true);
    for (const locale of LOCALES) {
      const keys = Object.keys(CATALOGS[area][locale]).sort();
      const missing = english.filter((k) => !keys.includes(k));
      const extra = keys.filter((k) => !english.includes(k));
      expect({ locale, missing, extra }).toEqual({ locale, missing: [], extra: [] });
    }
  });

  it('uses every key in the source (written out as a string literal)', () => {
    const source = sourceFiles(srcDir)
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const unused = AREAS.flatMap((area) => Object.keys(CATALOGS[area].en)).filter(
      (id) => !source.includes(`'${id}'`) && !source.includes(`"${id}"`),
    );
    expect(unused).toEqual([]);
  });

  it('parses every message as ICU MessageFormat, with the same arguments in every locale', () => {
    // Argument names, recursively through plural and select branches (literal 0 and pound 7 carry none).
    const names = (elements: MessageFormatElement[]): string[] =>
      elements.flatMap((el) => {
        const own =
          el.type >= TYPE.argument && el.type <= TYPE.plural && 'value' in el ? [`${el.value}`] : [];
        const branches = 'options' in el ? Object.values(el.options).flatMap((o) => names(o.value)) : [];
        const children = 'children' in el ? names(el.children) : [];
        return [...own, ...branches, ...children];
      });
    const argumentsOf = (text: string) => [...new Set(names(parse(text)))].sort();
    for (const area of AREAS) {
      for (const [id, english] of Object.entries(CATALOGS[area].en)) {
        for (const locale of LOCALES) {
          const text = CATALOGS[area][locale][id] ?? '';
          expect(() => parse(text), `${locale} ${id}`).not.toThrow();
          expect(text.trim(), `${locale} ${id} is empty`).not.toBe('');
          expect(JSON.stringify(argumentsOf(text)), `${locale} ${id}`).toBe(
            JSON.stringify(argumentsOf(english)),
          );
        }
      }
    }
  });

  it('fails on a message that does not parse (the check can fail)', () => {
    expect(() => parse('{count, plural, one {# cramp}')).toThrow();
  });
});

describe('formatting per locale', () => {
  it.each([
    [1, '1 судорога'],
    [3, '3 судороги'],
    [5, '5 судорог'],
    [21, '21 судорога'],
    [12, '12 судорог'],
  ])('Russian plural one/few/many: %i → %s', (count, text) => {
    expect(formatCramps(serverIntl('ru', ['common']), count)).toBe(text);
  });

  it('English, Chinese and Japanese plurals', () => {
    const cramps = (locale: (typeof LOCALES)[number], count: number) =>
      formatCramps(serverIntl(locale, ['common']), count);
    expect([cramps('en', 1), cramps('en', 3)]).toEqual(['1 cramp', '3 cramps']);
    expect(cramps('zh-Hans', 3)).toBe('3次抽筋');
    expect(cramps('ja', 1)).toBe('1回のこむら返り');
  });

  it('Russian seconds on the hold button agree with the number', () => {
    const start = (seconds: number) =>
      serverIntl('ru', ['relief']).formatMessage({ id: 'relief.hold.start' }, { seconds });
    expect([start(1), start(2), start(30), start(21)]).toEqual([
      'Держать 1 секунду',
      'Держать 2 секунды',
      'Держать 30 секунд',
      'Держать 21 секунду',
    ]);
  });

  // A fixed instant, shown in one time zone so the test does not depend on the machine's.
  const at = new Date('2026-03-05T02:07:00Z');
  const options = { timeZone: 'UTC' } as const;

  it.each([
    ['en', 'March 5, 2026', '02:07'],
    ['zh-Hans', '2026年3月5日', '02:07'],
    ['ru', '5 марта 2026 г.', '02:07'],
    ['ja', '2026年3月5日', '02:07'],
  ] as const)('%s dates and times', (locale, date, time) => {
    const intl = serverIntl(locale, ['common']);
    expect(intl.formatDate(at, { ...options, dateStyle: 'long' })).toBe(date);
    expect(intl.formatTime(at, { ...options, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })).toBe(
      time,
    );
  });

  it('formats numbers per locale (grouping and decimals)', () => {
    expect(serverIntl('ru', ['common']).formatNumber(1234.5)).toBe('1\u00a0234,5');
    expect(serverIntl('en', ['common']).formatNumber(1234.5)).toBe('1,234.5');
    expect(serverIntl('ja', ['common']).formatNumber(1234.5)).toBe('1,234.5');
  });

  it('takes mg and µg labels from the messages, since Intl.NumberFormat has no such units', () => {
    expect(() => new Intl.NumberFormat('en', { style: 'unit', unit: 'milligram' })).toThrow(RangeError);
    expect(() => new Intl.NumberFormat('en', { style: 'unit', unit: 'microgram' })).toThrow(RangeError);
    const unit = (locale: (typeof LOCALES)[number], u: 'mg' | 'µg', amount: number) =>
      formatMass(serverIntl(locale, ['common']), amount, u);
    expect(unit('en', 'mg', 300)).toBe('300 mg');
    expect(unit('ru', 'mg', 1500)).toBe('1\u00a0500 мг');
    expect(unit('ru', 'µg', 0.5)).toBe('0,5 мкг');
    expect(unit('zh-Hans', 'mg', 300)).toBe('300 毫克');
    expect(unit('ja', 'µg', 10)).toBe('10 µg');
  });
});
