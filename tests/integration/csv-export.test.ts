// Regression (issue 13): a bare line break in notes ended the CSV row early, and "\n=1+1" slipped a
// formula past the guard, which looked only at the start of the cell. Read back with a real CSV parser.
import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EPISODE_FIELDS } from '../../src/contract/episodes.js';
import { CATALOGS } from '../../src/i18n/catalogs.js';
import type { Store } from '../../src/server/db/connect.js';
import { neutraliseFormula } from '../../src/server/routes/export.js';
import { signUp, testApp } from '../support/app.js';
import { storeTargets } from '../support/stores.js';

const HOSTILE_NOTES = [
  '\n=1+1',
  'calf\r=HYPERLINK("http://evil.example")',
  'line one\r\nline two\r\n+cmd|" /C calc"!A0',
  '@SUM(1)\n-2\n\tthree',
  'plain "quoted" text; with, commas',
  '\r',
];

/** A spreadsheet runs a line as a formula when it starts with one of these. */
const FORMULA_START = /^[=+\-@\t\r]/;

describe('the CSV export read back by a CSV parser', () => {
  let store: Store;
  let app: FastifyInstance;

  beforeAll(async () => {
    store = await storeTargets[0]!.open();
    app = await testApp(store);
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('has one row per episode and no line in any cell that a spreadsheet would run', async () => {
    const { cookie } = await signUp(app);
    for (const [i, notes] of HOSTILE_NOTES.entries()) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/episodes',
        headers: { cookie },
        payload: { startedAt: `2026-01-0${i + 1}T03:00:00Z`, notes },
      });
      expect(response.statusCode).toBe(201);
    }
    const csv = await app.inject({ url: '/api/export/episodes.csv', headers: { cookie } });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['cache-control']).toBe('no-store');
    const rows: string[][] = parse(csv.body, { bom: true, relax_column_count: false });
    expect(rows).toHaveLength(1 + HOSTILE_NOTES.length);
    const notesColumn = rows[0]!.indexOf('notes');
    expect(rows.slice(1).map((row) => row[notesColumn])).toEqual(HOSTILE_NOTES.map(neutraliseFormula));
    for (const row of rows.slice(1)) {
      for (const cell of row) {
        for (const line of cell.split(/\r\n|\r|\n/)) expect(line).not.toMatch(FORMULA_START);
      }
    }
  });

  it('neutralises every line of a cell, and only the starts of lines', () => {
    expect(neutraliseFormula('\n=1+1')).toBe("\n'=1+1");
    expect(neutraliseFormula('a=b\n+c')).toBe("a=b\n'+c");
    expect(neutraliseFormula('\r=1')).toBe("'\r'=1");
    expect(neutraliseFormula('1-2')).toBe('1-2');
  });

  describe('in the person’s language', () => {
    const EPISODE = {
      startedAt: '2026-01-05T03:00:00Z',
      side: 'left',
      muscles: ['calf', 'foot'],
      wokeFromSleep: true,
      reliefTried: ['calf-stretch', 'heat'],
      intensity: 7,
      notes: 'левая икра',
    };

    async function csvOf(language: string | null, query = ''): Promise<string[][]> {
      const { cookie } = await signUp(app);
      if (language !== null) {
        const patched = await app.inject({
          method: 'PATCH',
          url: '/api/me',
          headers: { cookie },
          payload: { language },
        });
        expect(patched.statusCode).toBe(200);
      }
      const created = await app.inject({
        method: 'POST',
        url: '/api/episodes',
        headers: { cookie },
        payload: EPISODE,
      });
      expect(created.statusCode).toBe(201);
      // The profile's language, not this browser's cookie: the cookie PATCH set is left out on purpose.
      const csv = await app.inject({ url: `/api/export/episodes.csv${query}`, headers: { cookie } });
      expect(csv.statusCode).toBe(200);
      return parse(csv.body, { bom: true, relax_column_count: false });
    }

    it('keeps the English header and codes the CSV always had', async () => {
      const [header, row] = await csvOf(null);
      expect(header).toEqual([...EPISODE_FIELDS]);
      const cell = (field: string) => row![header!.indexOf(field)];
      expect(cell('side')).toBe('left');
      expect(cell('muscles')).toBe('calf;foot');
      expect(cell('wokeFromSleep')).toBe('true');
      expect(cell('reliefTried')).toBe('calf-stretch;heat');
    });

    it.each([
      ['ru', 'левая', 'икра;стопа', 'да', 'Растяжка икры;Тепло'],
      ['zh-Hans', '左', '小腿;脚掌', '是', '拉伸小腿;热敷'],
      ['ja', '左', 'ふくらはぎ;足', 'はい', 'ふくらはぎのストレッチ;温める'],
    ] as const)(
      '%s: header and closed values in the language; ids, times, numbers and notes as stored',
      async (locale, side, muscles, yes, relief) => {
        const [header, row] = await csvOf(locale);
        const words = CATALOGS.report[locale];
        expect(header).toEqual(EPISODE_FIELDS.map((field) => words[`report.csv.column.${field}`]));
        const cell = (field: (typeof EPISODE_FIELDS)[number]) => row![EPISODE_FIELDS.indexOf(field)];
        expect(cell('side')).toBe(side);
        expect(cell('muscles')).toBe(muscles);
        expect(cell('wokeFromSleep')).toBe(yes);
        expect(cell('reliefTried')).toBe(relief);
        expect(cell('startedAt')).toBe('2026-01-05T03:00:00.000Z');
        expect(cell('intensity')).toBe('7');
        expect(cell('notes')).toBe('левая икра');
        expect(cell('id')).toMatch(/^[0-9a-f-]{36}$/);
      },
    );

    it('follows an explicit ?lang= over the profile', async () => {
      const [header] = await csvOf('ru', '?lang=ja');
      expect(header?.[1]).toBe(CATALOGS.report.ja['report.csv.column.startedAt']);
    });
  });
});
