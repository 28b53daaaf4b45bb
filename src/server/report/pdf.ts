// The report as a one-page PDF for a midwife or doctor (pdfkit, Noto fonts subsetted). Lists are
// cut to the room left on the page, with a count of what did not fit, so it never runs over.
import PDFDocument from 'pdfkit';
import type { Report } from '../../core/report/index.js';
import { type FontName, fontData, fontRuns } from './fonts.js';
import {
  crampSummary,
  formatRedFlag,
  formatStage,
  habitLines,
  reliefLines,
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

/** Writes one line that may mix scripts, each run in a font that has its glyphs. */
function mixed(
  doc: Doc,
  text: string,
  x: number,
  y: number,
  size: number,
  weight: 'regular' | 'bold',
  locale: string | null,
): void {
  const runs = fontRuns(text, weight, locale);
  doc.fontSize(size);
  runs.forEach((run, i) => {
    setFont(doc, run.font);
    if (i === 0) doc.text(run.text, x, y, { continued: i < runs.length - 1, lineBreak: false });
    else doc.text(run.text, { continued: i < runs.length - 1, lineBreak: false });
  });
}

/** A Latin-script line cut to one line's width. */
function line(
  doc: Doc,
  text: string,
  x: number,
  y: number,
  width: number,
  options: { bold?: boolean; color?: string; size?: number } = {},
): void {
  setFont(doc, options.bold ? 'bold' : 'regular');
  doc
    .fontSize(options.size ?? BODY)
    .fillColor(options.color ?? INK)
    .text(text, x, y, { width, height: LINE, ellipsis: true, lineBreak: false });
}

function chart(doc: Doc, report: Report, x: number, y: number, width: number, height: number): void {
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
    doc
      .fontSize(BODY)
      .text('No cramps logged in this period.', plotX + 6, y + plotH / 2 - 4, { lineBreak: false });
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

/**
 * Renders the report on exactly one page of the given paper size.
 * @example const pdf = await renderReportPdf(report, { paper: 'A4' });
 */
export function renderReportPdf(report: Report, options: { paper: Paper }): Promise<Buffer> {
  const doc = new PDFDocument({
    size: options.paper,
    margin: MARGIN,
    autoFirstPage: true,
    info: { Title: 'Leg cramp report', Author: 'Crampwise', Subject: 'Self-reported diary summary' },
    pdfVersion: '1.7',
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 2 * MARGIN;
  const bottom = doc.page.height - MARGIN - LINE * 1.5;
  const locale = report.person.locale;
  let y = MARGIN;

  doc.fillColor(INK);
  mixed(doc, `Leg cramp report: ${report.person.name ?? 'name not given'}`, MARGIN, y, 15, 'bold', locale);
  y += 22;
  const born = report.person.birthYear !== null ? `Born ${report.person.birthYear} · ` : '';
  line(doc, `${born}${formatStage(report.stage)}`, MARGIN, y, width, { size: 9.5 });
  y += LINE + 1;
  line(
    doc,
    `Period ${report.period.from} to ${report.period.to} (${report.period.days} days) · generated ${report.generatedAt.slice(0, 16).replace('T', ' ')} UTC · times in ${report.period.timeZone}`,
    MARGIN,
    y,
    width,
    { color: MUTED },
  );
  y += LINE;
  line(
    doc,
    'Every figure on this page is self-reported by the patient in the Crampwise diary; none is a clinical measurement.',
    MARGIN,
    y,
    width,
    { bold: true, color: '#8a3b00' },
  );
  y += LINE + 6;

  const heading = (text: string) => {
    line(doc, text, MARGIN, y, width, { bold: true, size: 10 });
    y += LINE + 2;
  };
  /** Writes rows while they fit above `reserve` points from the bottom; says how many were left out. */
  const rows = (items: string[], reserve: number, more: string) => {
    const room = Math.max(1, Math.floor((bottom - reserve - y) / LINE));
    const shown = items.length > room ? items.slice(0, room - 1) : items;
    for (const item of shown) {
      line(doc, item, MARGIN + 8, y, width - 8);
      y += LINE;
    }
    if (shown.length < items.length) {
      line(doc, `… and ${items.length - shown.length} more ${more}`, MARGIN + 8, y, width - 8, {
        color: MUTED,
      });
      y += LINE;
    }
    y += 4;
  };

  heading('Cramps (self-reported)');
  line(doc, crampSummary(report), MARGIN + 8, y, width - 8);
  y += LINE;
  line(doc, trendLine(report), MARGIN + 8, y, width - 8);
  y += LINE + 4;
  const basis = report.cramps.perWeek.basis === 'pregnancy' ? 'week of pregnancy' : 'ISO calendar week';
  line(
    doc,
    `Cramps per ${basis} (dark: at night, 22:00–06:00 or woke from sleep)`,
    MARGIN + 8,
    y,
    width - 8,
    { color: MUTED },
  );
  y += LINE + 6;
  chart(doc, report, MARGIN + 8, y, width - 8, 105);
  y += 105 + 8;

  // Each later section keeps room for the headings and a line of every section after it.
  const triage = triageLines(report);
  const flags = report.redFlags.seen.map(formatRedFlag);
  const relief = reliefLines(report);
  const habits = habitLines(report);

  heading('Red flags seen (self-reported)');
  rows(flags.length > 0 ? flags : ['None recorded.'], 5 * (LINE * 2 + 6), 'in the FHIR export');
  heading('Triage checks: level, date and reasons (answers self-reported)');
  rows(triage.length > 0 ? triage : ['No checks in this period.'], 4 * (LINE * 2 + 6), 'in the FHIR export');
  heading('What was tried and what helped (self-reported)');
  rows(relief.length > 0 ? relief : ['Nothing recorded.'], 3 * (LINE * 2 + 6), 'methods');
  heading(
    `Habits and cramps (self-reported; shown only with ${report.habits.minNightsPerSide}+ nights on each side)`,
  );
  rows(
    habits.length > 0 ? habits : ['No habit has enough nights on each side to compare yet.'],
    2 * (LINE * 2 + 6),
    'habits',
  );
  heading('Supplements (self-reported)');
  rows([supplementLine(report)], LINE, '');

  line(
    doc,
    'Crampwise summarises what the patient logged; it does not diagnose. Associations are not causes. Page 1 of 1.',
    MARGIN,
    doc.page.height - MARGIN - LINE,
    width,
    { color: MUTED, size: 7 },
  );
  doc.end();
  return done;
}
