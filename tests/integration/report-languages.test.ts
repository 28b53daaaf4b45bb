// The clinician report in the person's language: the share link's pages in the language of the person
// who shared it (whatever the reader's browser asks for, unless the reader picks one with ?lang=), and
// the PDF and FHIR downloads in the person's own language or the one named with ?lang=.
import type { Bundle } from '@medplum/fhirtypes';
import type { FastifyInstance } from 'fastify';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreatedShare } from '../../src/contract/shares.js';
import { fhirProblems } from '../../src/core/fhir/validators.test-support.js';
import { CATALOGS } from '../../src/i18n/catalogs.js';
import type { Locale } from '../../src/i18n/locales.js';
import type { Store } from '../../src/server/db/connect.js';
import { testApp } from '../support/app.js';
import { englishLeaks, messageIds } from '../support/language.js';
import { REPORT_NOW, seedReportDiary } from '../support/report-diary.js';
import { storeTargets } from '../support/stores.js';

/**
 * Names and units a translated report page may show in Latin letters: the person's name, the paper
 * sizes A4 and Letter (A4 reads as "A"), the FHIR standard and its R4 version ("R"), JSON, the time
 * zone, UTC, the statistical CI and vitamin D.
 */
const NAMES = [
  'Anna',
  'Example',
  'PDF',
  'Letter',
  'US',
  'FHIR',
  'Bundle',
  'JSON',
  'UTC',
  'Europe',
  'London',
  'CI',
  'D',
  'A',
  'R',
];

/** What a reader sees of a server page: its text without scripts, styles and tags. */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&[a-z]+;|&#\d+;/g, ' ')
    .replace(/\s+/g, ' ');
}

async function pdfText(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, '');
  } finally {
    await parser.destroy();
  }
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('the report in the person’s language', () => {
  let store: Store;
  let app: FastifyInstance;

  beforeAll(async () => {
    store = await storeTargets[0]!.open();
    app = await testApp(store, { now: () => REPORT_NOW });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  /** A person with the shared diary whose profile language is `language`, and a share link of theirs. */
  async function sharer(language: Locale, passcode?: string) {
    const person = await seedReportDiary(app);
    const patched = await app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie: person.cookie },
      payload: { language },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const created = await app.inject({
      method: 'POST',
      url: '/api/shares',
      headers: { cookie: person.cookie },
      payload: { expiresInDays: 7, ...(passcode ? { passcode } : {}) },
    });
    expect(created.statusCode, created.body).toBe(201);
    return { ...person, path: new URL(CreatedShare.parse(created.json()).url).pathname };
  }

  describe.each(['zh-Hans', 'ru', 'ja'] as const)('%s', (locale) => {
    const t = (id: string) => CATALOGS.report[locale][id]!;

    it('shows the shared report in the sharer’s language to an English browser, with no English left', async () => {
      const { path } = await sharer(locale);
      const page = await app.inject({ url: path, headers: { 'accept-language': 'en-GB,en;q=0.9' } });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-language']).toBe(locale);
      expect(page.headers.vary).toMatch(/Accept-Language/);
      expect(page.body).toContain(`<html lang="${locale}"`);
      const text = visibleText(page.body);
      for (const id of [
        'report.title',
        'report.sharePage.intro',
        'report.heading.cramps',
        'report.heading.triage',
      ])
        expect(text).toContain(t(id));
      // The seeded check answered yes to pain in one leg: its level and finding are named in the language.
      expect(text).toContain(t('report.finding.one_leg_pain'));
      expect(text).toContain(t('report.heading.relief'));
      expect(messageIds(text)).toEqual([]);
      expect(englishLeaks(text, NAMES)).toEqual([]);
    });

    it('asks for the passcode in the sharer’s language, and says in it when the passcode is wrong', async () => {
      const { path } = await sharer(locale, 'daisy-7');
      const form = await app.inject({ url: path, headers: { 'accept-language': 'en' } });
      expect(form.body).toContain(`<html lang="${locale}"`);
      expect(visibleText(form.body)).toContain(t('report.sharePage.passcodeIntro'));
      const wrong = await app.inject({
        method: 'POST',
        url: path,
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'en' },
        payload: 'passcode=not-it',
      });
      expect(wrong.statusCode).toBe(401);
      expect(visibleText(wrong.body)).toContain(t('report.sharePage.wrongPasscode'));
      expect(englishLeaks(visibleText(wrong.body), NAMES)).toEqual([]);
    });

    it('serves the PDF and the FHIR file of a share in the sharer’s language', async () => {
      const { path } = await sharer(locale);
      const pdf = await app.inject({ url: `${path}/report.pdf`, headers: { 'accept-language': 'en' } });
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-language']).toBe(locale);
      expect(await pdfText(pdf.rawPayload)).toContain(squeeze(t('report.heading.cramps')));
      const fhir = await app.inject({ url: `${path}/fhir.json` });
      const bundle = fhir.json() as Bundle;
      expect(bundle.language).toBe(locale === 'zh-Hans' ? 'zh-CN' : locale);
      expect(fhirProblems(bundle)).toEqual([]);
    });

    it('downloads the signed-in person’s PDF and FHIR in their profile language', async () => {
      const { cookie } = await sharer(locale);
      const pdf = await app.inject({ url: '/api/report.pdf', headers: { cookie } });
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-language']).toBe(locale);
      const text = await pdfText(pdf.rawPayload);
      expect(text).toContain(squeeze(t('report.heading.redFlags')));
      const fhir = await app.inject({ url: '/api/fhir', headers: { cookie } });
      expect(fhir.headers['content-language']).toBe(locale);
      expect((fhir.json() as Bundle).language).toBe(locale === 'zh-Hans' ? 'zh-CN' : locale);
    });
  });

  it('counts the seeded four cramps with the Russian plural in the PDF', async () => {
    const { cookie } = await sharer('ru');
    const pdf = await app.inject({
      url: '/api/report.pdf?from=2026-11-01&to=2026-11-22',
      headers: { cookie },
    });
    expect(await pdfText(pdf.rawPayload)).toContain('Всего:4судороги');
  });

  it('lets the reader choose with ?lang=, and the download name its language with ?lang=', async () => {
    const { path, cookie } = await sharer('ru');
    const english = await app.inject({ url: `${path}?lang=en` });
    expect(english.body).toContain('<html lang="en"');
    expect(english.body).toContain(CATALOGS.report.en['report.sharePage.intro']);
    const japanese = await app.inject({ url: '/api/report.pdf?lang=ja', headers: { cookie } });
    expect(japanese.headers['content-language']).toBe('ja');
    expect(await pdfText(japanese.rawPayload)).toContain(squeeze(CATALOGS.report.ja['report.title']!));
    const bad = await app.inject({ url: '/api/report.pdf?lang=xx', headers: { cookie } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('lang');
  });

  it('answers a link that does not work in the reader’s own language (no sharer to follow)', async () => {
    const gone = await app.inject({
      url: '/s/no-such-token',
      headers: { 'accept-language': 'ja-JP,ja;q=0.9' },
    });
    expect(gone.statusCode).toBe(404);
    expect(gone.body).toContain('<html lang="ja"');
    expect(visibleText(gone.body)).toContain(CATALOGS.report.ja['report.sharePage.unknownTitle']);
  });
});
