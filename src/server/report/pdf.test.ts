import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import { buildReport, type Report } from '../../core/report/index.js';
import { SAMPLE_PERSON, sampleDiary } from '../../core/report/sample-diary.test-support.js';
import type { ReportInput } from '../../core/report/types.js';
import { CATALOGS } from '../../i18n/catalogs.js';
import { serverIntl } from '../../i18n/server-intl.js';
import { fontRuns } from './fonts.js';
import { formatDuration, levelLabel } from './format.js';
import { supplementLabel } from './words.js';

const en = serverIntl('en', ['report']);

import { PAPERS, renderReportPdf } from './pdf.js';

const now = new Date('2026-06-01T09:00:00Z');

function reportOf(input: ReportInput, from: string | null = null): Report {
  const result = buildReport(input, { now, from, to: '2026-05-31' });
  if (!result.ok) throw new Error(result.error.message);
  return result.report;
}

async function read(pdf: Buffer): Promise<{ pages: number; text: string }> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const result = await parser.getText();
    // Lines may break anywhere the renderer cut them; compare on single spaces.
    return { pages: result.total, text: result.text.replace(/\s+/g, ' ') };
  } finally {
    await parser.destroy();
  }
}

const diary = sampleDiary();
const report = reportOf(diary);

describe('renderReportPdf', () => {
  for (const paper of PAPERS) {
    it(`fits a three-month diary on exactly one ${paper} page`, async () => {
      const pdf = await renderReportPdf(report, { paper });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect((await read(pdf)).pages).toBe(1);
    });
  }

  it('prints the same figures as the JSON report', async () => {
    const { text } = await read(await renderReportPdf(report, { paper: 'A4' }));
    const c = report.cramps;
    expect(text).toContain(`Cramps: ${c.episodes}`);
    expect(text).toContain(`at night: ${c.nightEpisodes} (${Math.round(c.nightShare! * 100)}%)`);
    expect(text).toContain(`median intensity ${c.intensity.median}/10 (${c.intensity.rated} rated)`);
    expect(text).toContain(
      `median duration ${formatDuration(en, c.durationSeconds.median!)} (${c.durationSeconds.recorded} timed)`,
    );
    expect(text).toContain(`rate ratio ${c.trend.rateRatio!.toFixed(2)}`);
    expect(text).toContain(
      `Period ${report.period.from} to ${report.period.to} (${report.period.days} days)`,
    );
    expect(text).toContain(`Week ${(report.stage as { weeks: number }).weeks}+`);
    for (const check of report.triageChecks.checks)
      expect(text).toContain(`${check.date} ${levelLabel(en, check.level)}.`);
    for (const method of report.relief.methods)
      expect(text).toContain(`helped ${method.helped} of ${method.tried}`);
    for (const habit of report.habits.compared) expect(text).toContain(`ratio ${habit.rateRatio.toFixed(2)}`);
    for (const s of report.supplements.taken)
      expect(text).toContain(`${supplementLabel(en, s.supplement)} ${s.daysTaken}`);
    expect(text.match(/self-reported/g)?.length).toBeGreaterThanOrEqual(7);
  });

  it('draws the weekly chart as vector shapes, not an image', async () => {
    const pdf = await renderReportPdf(report, { paper: 'LETTER' });
    // No image XObject anywhere: the bars are filled rectangles in the page's content stream.
    expect(pdf.toString('latin1')).not.toMatch(/\/Subtype\s*\/Image|\/XObject/);
  });

  it('extracts Chinese, Japanese and Cyrillic names back with no missing glyphs', async () => {
    const names = [
      { name: '王小红', locale: 'zh-CN' },
      { name: 'さくら 山田', locale: 'ja-JP' },
      { name: 'Анна Петрова', locale: 'ru-RU' },
      { name: '王小红 · さくら · Анна', locale: null },
    ];
    for (const { name, locale } of names) {
      const r = reportOf({ ...diary, person: { ...SAMPLE_PERSON, name, locale } });
      const { text, pages } = await read(await renderReportPdf(r, { paper: 'A4' }));
      expect(pages).toBe(1);
      expect(text).toContain(name);
      // .notdef (a missing glyph) extracts as U+FFFD or nothing at all.
      expect(text).not.toContain('\ufffd');
    }
  });

  it('stays on one page with far more checks and flags than fit, saying how many were left out', async () => {
    const many = {
      ...diary,
      triageChecks: Array.from({ length: 60 }, (_, i) => ({
        ...diary.triageChecks[3]!,
        id: `t${i}`,
        createdAt: new Date(Date.parse('2026-03-05T10:00:00Z') + i * 86_400_000).toISOString(),
      })),
    };
    const r = reportOf(many);
    const { text, pages } = await read(await renderReportPdf(r, { paper: 'LETTER' }));
    expect(pages).toBe(1);
    expect(text).toMatch(/… and \d+ more in the FHIR export/);
  });

  it('renders an empty diary', async () => {
    const r = reportOf({
      person: { ...SAMPLE_PERSON, dueDate: null },
      episodes: [],
      checkins: [],
      triageChecks: [],
    });
    const { text, pages } = await read(await renderReportPdf(r, { paper: 'A4' }));
    expect(pages).toBe(1);
    expect(text).toContain('Cramps: 0');
    expect(text).toContain('No cramps logged in this period.');
  });
});

describe('renderReportPdf in the person’s language', () => {
  const squeeze = (text: string) => text.replace(/\s+/g, '');
  const words = (locale: 'zh-Hans' | 'ru' | 'ja') => CATALOGS.report[locale];

  for (const locale of ['ru', 'zh-Hans', 'ja'] as const) {
    it(`reads back in ${locale}: the catalog's headings, on one page, with no missing glyph`, async () => {
      const pdf = await renderReportPdf(report, { paper: 'A4', locale });
      const { text, pages } = await read(pdf);
      expect(pages).toBe(1);
      expect(text).not.toContain('\ufffd');
      const flat = squeeze(text);
      for (const id of [
        'report.heading.cramps',
        'report.heading.redFlags',
        'report.heading.relief',
        'report.heading.supplements',
        'report.notice',
      ])
        expect(flat).toContain(squeeze(words(locale)[id]!));
      // The title carries the catalog's words, so the Japanese title must keep its ー (レポート).
      expect(flat).toContain(squeeze(words(locale)['report.title']!));
      expect(pdf.toString('latin1')).toContain(`/Lang (${locale})`);
    });
  }

  const withCramps = (count: number) => reportOf({ ...diary, episodes: diary.episodes.slice(0, count) });

  it('counts cramps with the Russian plural: 1 судорога, 3 судороги, 5 судорог, 21 судорога', async () => {
    for (const [count, form] of [
      [1, '1 судорога'],
      [3, '3 судороги'],
      [5, '5 судорог'],
      [21, '21 судорога'],
    ] as const) {
      const r = withCramps(count);
      expect(r.cramps.episodes).toBe(count);
      const { text } = await read(await renderReportPdf(r, { paper: 'A4', locale: 'ru' }));
      expect(text).toContain(`Всего: ${form} ·`);
    }
  });

  it('counts cramps in Chinese and Japanese with their counters', async () => {
    const r = withCramps(3);
    expect(
      squeeze((await read(await renderReportPdf(r, { paper: 'A4', locale: 'zh-Hans' }))).text),
    ).toContain('抽筋：3次');
    expect(squeeze((await read(await renderReportPdf(r, { paper: 'A4', locale: 'ja' }))).text)).toContain(
      'こむら返り：3回',
    );
  });

  it('names the levels, findings and methods in the language, and leaves no English word but names', async () => {
    const read1 = await read(await renderReportPdf(report, { paper: 'A4', locale: 'ru' }));
    // pdf-parse ends each page with its own "-- 1 of 1 --".
    const text = read1.text.replace(/-- \d+ of \d+ --/g, '');
    expect(text).toContain(words('ru')['report.level.urgent']);
    expect(text).toContain(words('ru')['report.finding.one_leg_swollen']);
    expect(text).toContain(words('ru')['report.relief.method.calf-stretch']);
    // Names only: the person's, the brand, the time zone, UTC, and vitamin D ("витамин D").
    const allowed = new Set(['Anna', 'Petrova', 'Crampwise', 'UTC', 'Europe', 'London', 'D']);
    const latin = (text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []).filter((w) => !allowed.has(w));
    expect(latin).toEqual([]);
  });
});

describe('fontRuns', () => {
  it('sends Han to SC, kana and Japanese-language Han to JP, the rest to Noto Sans', () => {
    expect(fontRuns('Анна 王小红', 'regular', null)).toEqual([
      { text: 'Анна ', font: 'regular' },
      { text: '王小红', font: 'sc' },
    ]);
    expect(fontRuns('山田さくら', 'bold', null)).toEqual([{ text: '山田さくら', font: 'jp' }]);
    expect(fontRuns('山田', 'bold', 'ja')).toEqual([{ text: '山田', font: 'jp' }]);
  });

  // Regression: ー and ・ are script Common, so "レポート" went to Noto Sans, which has no glyph for ー.
  it('keeps the katakana long-vowel mark and middle dot in the CJK run', () => {
    expect(fontRuns('レポート・日付', 'regular', 'ja')).toEqual([{ text: 'レポート・日付', font: 'jp' }]);
  });
});
