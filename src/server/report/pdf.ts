// The report as a one-page PDF for a midwife or doctor (pdfkit, Noto fonts subsetted), in the
// reader's language: every line is split into runs a font can draw (Noto Sans for Latin and
// Cyrillic, Noto Sans SC or JP for Han and kana) and cut with an ellipsis to the line's width.
// Lists are cut to the room left on the page, with a count of what did not fit, so it never runs over.
import PDFDocument from 'pdfkit';
import type { IntlShape } from 'react-intl';
import type { Report } from '../../core/report/index.js';
import type { Locale } from '../../i18n/locales.js';
import { serverIntl } from '../../i18n/server-intl.js';
import { type FontName, fontData, fontRuns, type Run } from './fonts.js';
import {
  crampSummary,
  formatRedFlag,
  habitLines,
  periodLine,
  personLine,
  reliefLines,
  reportTitle,
  supplementLine,
  trendLine,
  triageLines,
} from './format.js';

export type Paper = 'A4' | 'LETTER';
export const PAPERS: readonly Paper[] = ['A4', 'LETTER'];

const MARGIN = 36;
const BODY = 8.5;
const LINE = 11.5;
const INK = '#1a1a1a';
const MUTED = '#555555';
const NIGHT = '#2b4c7e';
const DAY = '#9db4d6';

type Doc = PDFKit.PDFDocument;

/** Registers a font with the document on first use, so a report without CJK text embeds no CJK font. */
const registeredFonts = new WeakMap<Doc, Set<FontName>>();

function setFont(doc: Doc, name: FontName): void {
  let registered = registeredFonts.get(doc);
  if (!registered) {
    registered = new Set();
    registeredFonts.set(doc, registered);
  }
  if (!registered.has(name)) {
    doc.registerFont(name, fontData(name));
    registered.add(name);
  }
  doc.font(name);
}

/** What every line of one document is written with: the words and the CJK glyph shapes to use. */
type Writer = { doc: Doc; intl: IntlShape; fontLocale: string | null };

const ELLIPSIS = '…';

function runWidth(doc: Doc, run: Run, size: number): number {
  setFont(doc, run.font);
  return doc.fontSize(size).widthOfString(run.text);
}

/** The runs of `text` cut to `width` points, with an ellipsis where it was cut. */
function fitted(doc: Doc, runs: Run[], width: number, size: number, latin: 'regular' | 'bold'): Run[] {
  const total = runs.reduce((sum, run) => sum + runWidth(doc, run, size), 0);
  if (total <= width) return runs;
  const room = width - runWidth(doc, { text: ELLIPSIS, font: latin }, size);
  const out: Run[] = [];
  let used = 0;
  for (const run of runs) {
    const w = runWidth(doc, run, size);
    if (used + w <= room) {
      out.push(run);
      used += w;
      continue;
    }
    // The longest prefix of this run that still fits (by code point, so no surrogate is split).
    const chars = [...run.text];
    let low = 0;
    let high = chars.length;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (used + runWidth(doc, { ...run, text: chars.slice(0, mid).join('') }, size) <= room) low = mid;
      else high = mid - 1;
    }
    if (low > 0) out.push({ ...run, text: chars.slice(0, low).join('') });
    break;
  }
  out.push({ text: ELLIPSIS, font: latin });
  return out;
}

/** One line in any script, each run in a font that has its glyphs, cut to one line's width. */
function line(
  w: Writer,
  text: string,
  x: number,
  y: number,
  width: number,
  options: { bold?: boolean; color?: string; size?: number } = {},
): void {
  const { doc } = w;
  const size = options.size ?? BODY;
  const latin = options.bold ? 'bold' : 'regular';
  const runs = fitted(doc, fontRuns(text, latin, w.fontLocale), width, size, latin);
  doc.fillColor(options.color ?? INK);
  runs.forEach((run, i) => {
    setFont(doc, run.font);
    doc.fontSize(size);
    const continued = i < runs.length - 1;
    if (i === 0) doc.text(run.text, x, y, { continued, lineBreak: false });
    else doc.text(run.text, { continued, lineBreak: false });
  });
}

function chart(w: Writer, report: Report, x: number, y: number, width: number, height: number): void {
  const { doc } = w;
  const weeks = report.cramps.perWeek.weeks;
  const axis = 18;
  const plotX = x + axis;
  const plotW = width - axis;
  const plotH = height - 14;
  const max = Math.max(1, ...weeks.map((w) => w.episodes));
  const step = max <= 5 ? 1 : max <= 10 ? 2 : Math.ceil(max / 5);
  const top = Math.ceil(max / step) * step;
  doc.lineWidth(0.4).strokeColor('#bbbbbb');
  setFont(doc, 'regular');
  doc.fontSize(6).fillColor(MUTED);
  for (let tick = 0; tick <= top; tick += step) {
    const ty = y + plotH - (tick / top) * plotH;
    doc
      .moveTo(plotX, ty)
      .lineTo(plotX + plotW, ty)
      .stroke();
    doc.text(String(tick), x, ty - 3, { width: axis - 3, align: 'right', lineBreak: false });
  }
  if (weeks.length === 0) {
    line(w, w.intl.formatMessage({ id: 'report.chart.noCramps' }), plotX + 6, y + plotH / 2 - 4, plotW - 6, {
      color: MUTED,
    });
    return;
  }
  const slot = plotW / weeks.length;
  const bar = Math.max(1, slot * 0.7);
  const labelEvery = Math.ceil(16 / slot);
  weeks.forEach((week, i) => {
    const bx = plotX + i * slot + (slot - bar) / 2;
    const total = (week.episodes / top) * plotH;
    const night = (week.nightEpisodes / top) * plotH;
    if (total > 0) doc.rect(bx, y + plotH - total, bar, total - night).fill(DAY);
    if (night > 0) doc.rect(bx, y + plotH - night, bar, night).fill(NIGHT);
    if (i % labelEvery === 0) {
      const label = week.pregnancyWeek !== null ? String(week.pregnancyWeek) : (week.isoWeek?.slice(5) ?? '');
      doc
        .fillColor(MUTED)
        .fontSize(6)
        .text(label, plotX + i * slot, y + plotH + 3, { width: slot * labelEvery, lineBreak: false });
    }
  });
}

/** The CJK glyph shapes to use: the report's language, else the person's own tag (for their name). */
function fontLocaleOf(report: Report, locale: Locale): string | null {
  return locale === 'ja' || locale === 'zh-Hans' ? locale : report.person.locale;
}

/**
 * Renders the report on exactly one page of the given paper size, in `locale` (English by default).
 * @example const pdf = await renderReportPdf(report, { paper: 'A4', locale: 'ru' });
 */
export function renderReportPdf(report: Report, options: { paper: Paper; locale?: Locale }): Promise<Buffer> {
  const locale = options.locale ?? 'en';
  const intl = serverIntl(locale, ['report']);
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const doc = new PDFDocument({
    size: options.paper,
    margin: MARGIN,
    autoFirstPage: true,
    lang: locale,
    info: { Title: t('report.title'), Author: 'Crampwise', Subject: t('report.pdf.subject') },
    pdfVersion: '1.7',
  });
  const w: Writer = { doc, intl, fontLocale: fontLocaleOf(report, locale) };
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 2 * MARGIN;
  const bottom = doc.page.height - MARGIN - LINE * 1.5;
  let y = MARGIN;

  line(w, reportTitle(intl, report), MARGIN, y, width, { bold: true, size: 15 });
  y += 22;
  line(w, personLine(intl, report), MARGIN, y, width, { size: 9.5 });
  y += LINE + 1;
  line(w, periodLine(intl, report), MARGIN, y, width, { color: MUTED });
  y += LINE;
  line(w, t('report.notice'), MARGIN, y, width, { bold: true, color: '#8a3b00' });
  y += LINE + 6;

  const heading = (text: string) => {
    line(w, text, MARGIN, y, width, { bold: true, size: 10 });
    y += LINE + 2;
  };
  /** Writes rows while they fit above `reserve` points from the bottom; says how many were left out. */
  const rows = (items: string[], reserve: number, where: 'fhir' | 'methods' | 'habits' | null) => {
    const room = Math.max(1, Math.floor((bottom - reserve - y) / LINE));
    const shown = items.length > room ? items.slice(0, room - 1) : items;
    for (const item of shown) {
      line(w, item, MARGIN + 8, y, width - 8);
      y += LINE;
    }
    if (shown.length < items.length && where !== null) {
      line(w, t('report.pdf.more', { count: items.length - shown.length, where }), MARGIN + 8, y, width - 8, {
        color: MUTED,
      });
      y += LINE;
    }
    y += 4;
  };

  heading(t('report.heading.cramps'));
  line(w, crampSummary(intl, report), MARGIN + 8, y, width - 8);
  y += LINE;
  line(w, trendLine(intl, report), MARGIN + 8, y, width - 8);
  y += LINE + 4;
  line(w, t('report.chart.caption', { basis: report.cramps.perWeek.basis }), MARGIN + 8, y, width - 8, {
    color: MUTED,
  });
  y += LINE + 6;
  chart(w, report, MARGIN + 8, y, width - 8, 105);
  y += 105 + 8;

  // Each later section keeps room for the headings and a line of every section after it.
  const triage = triageLines(intl, report);
  const flags = report.redFlags.seen.map((flag) => formatRedFlag(intl, flag));
  const relief = reliefLines(intl, report);
  const habits = habitLines(intl, report);

  heading(t('report.heading.redFlags'));
  rows(flags.length > 0 ? flags : [t('report.empty.redFlags')], 5 * (LINE * 2 + 6), 'fhir');
  heading(t('report.heading.triage'));
  rows(triage.length > 0 ? triage : [t('report.empty.triage')], 4 * (LINE * 2 + 6), 'fhir');
  heading(t('report.heading.relief'));
  rows(relief.length > 0 ? relief : [t('report.empty.relief')], 3 * (LINE * 2 + 6), 'methods');
  heading(t('report.heading.habits', { min: report.habits.minNightsPerSide }));
  rows(habits.length > 0 ? habits : [t('report.empty.habits')], 2 * (LINE * 2 + 6), 'habits');
  heading(t('report.heading.supplements'));
  rows([supplementLine(intl, report)], LINE, null);

  line(w, t('report.pdf.footer'), MARGIN, doc.page.height - MARGIN - LINE, width, { color: MUTED, size: 7 });
  doc.end();
  return done;
}
