import type { Bundle, Resource } from '@medplum/fhirtypes';
import type { FastifyInstance } from 'fastify';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportSchema } from '../../src/contract/report.js';
import { fhirJsProblems, medplumProblems } from '../../src/core/fhir/validators.test-support.js';
import { serverIntl } from '../../src/i18n/server-intl.js';
import type { Store } from '../../src/server/db/connect.js';
import { formatDuration } from '../../src/server/report/format.js';
import { testApp } from '../support/app.js';
import { REPORT_NOW, seedReportDiary } from '../support/report-diary.js';
import { storeTargets } from '../support/stores.js';

async function pdfText(pdf: Buffer): Promise<{ pages: number; text: string }> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const result = await parser.getText();
    return { pages: result.total, text: result.text.replace(/\s+/g, ' ') };
  } finally {
    await parser.destroy();
  }
}

describe.each(storeTargets)('report, PDF and FHIR routes on $name', (target) => {
  let store: Store;
  let app: FastifyInstance;
  let cookie: string;
  const range = '?from=2026-11-09&to=2026-11-22';

  beforeAll(async () => {
    store = await target.open();
    app = await testApp(store, { now: () => REPORT_NOW });
    ({ cookie } = await seedReportDiary(app));
    // Someone else's diary must not show up in these answers.
    await seedReportDiary(app, 'Someone Else');
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const get = (url: string, withCookie = true) =>
    app.inject({ method: 'GET', url, headers: withCookie ? { cookie } : {} });

  it('answers 401 to each without a session', async () => {
    for (const url of ['/api/report', '/api/report.pdf', '/api/fhir']) {
      expect((await get(url, false)).statusCode).toBe(401);
    }
  });

  it('refuses a backwards range, a bad date and a bad paper with field messages', async () => {
    for (const url of ['/api/report', '/api/report.pdf', '/api/fhir']) {
      const backwards = await get(`${url}?from=2026-11-20&to=2026-11-10`);
      expect(backwards.statusCode).toBe(400);
      expect(backwards.json().error).toMatchObject({
        code: 'invalid_input',
        fields: { to: expect.any(String) },
      });
      const bad = await get(`${url}?from=2026-13-40`);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.fields.from).toMatch(/YYYY-MM-DD/);
    }
    const paper = await get('/api/report.pdf?paper=A3');
    expect(paper.statusCode).toBe(400);
    expect(paper.json().error.fields.paper).toBe('must be A4 or LETTER');
  });

  it('answers the report of the person’s own diary as JSON, kept by no cache', async () => {
    const response = await get(`/api/report${range}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const report = reportSchema.parse(response.json());
    expect(report.person).toEqual({ name: 'Anna Example', birthYear: 1994, locale: null });
    expect(report.period).toEqual({
      from: '2026-11-09',
      to: '2026-11-22',
      days: 14,
      timeZone: 'Europe/London',
    });
    expect(report.cramps.episodes).toBe(4);
    expect(report.cramps.nightEpisodes).toBe(3);
    expect(report.cramps.intensity).toEqual({ median: 5, rated: 4 });
    expect(report.triageChecks.checks).toHaveLength(1);
    expect(report.supplements.taken).toEqual([
      expect.objectContaining({ supplement: 'magnesium', daysTaken: 4 }),
    ]);
    // Without a range it runs from the first entry to today.
    const whole = (await get('/api/report')).json();
    expect(whole.period).toMatchObject({ from: '2026-11-10', to: '2026-11-22' });
  });

  for (const paper of ['A4', 'LETTER'] as const) {
    it(`renders one ${paper} page whose figures equal the JSON report’s`, async () => {
      const report = (await get(`/api/report${range}`)).json();
      const response = await get(`/api/report.pdf${range}&paper=${paper}`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toBe(
        'attachment; filename="crampwise-report-2026-11-22.pdf"',
      );
      expect(response.headers['cache-control']).toBe('no-store');
      const pdf = response.rawPayload;
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const { pages, text } = await pdfText(pdf);
      expect(pages).toBe(1);
      const c = report.cramps;
      expect(text).toContain(`Cramps: ${c.episodes}`);
      expect(text).toContain(`at night: ${c.nightEpisodes} (${Math.round(c.nightShare * 100)}%)`);
      expect(text).toContain(`median intensity ${c.intensity.median}/10 (${c.intensity.rated} rated)`);
      expect(text).toContain(
        `median duration ${formatDuration(serverIntl('en', ['report']), c.durationSeconds.median)} (${c.durationSeconds.recorded} timed)`,
      );
      expect(text).toContain(
        `Period ${report.period.from} to ${report.period.to} (${report.period.days} days)`,
      );
      expect(text).toContain('Anna Example');
      expect(text).not.toContain('Someone Else');
      const mediaBox = pdf.toString('latin1').match(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/);
      expect(mediaBox?.slice(1).map(Number)).toEqual(paper === 'A4' ? [595.28, 841.89] : [612, 792]);
    });
  }

  it('answers a FHIR R4 Bundle that both validators accept with zero errors', async () => {
    const response = await get(`/api/fhir${range}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-store');
    const bundle = response.json() as Bundle;
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    const resources = (bundle.entry ?? []).map((e) => e.resource as Resource);
    const count = (type: string) => resources.filter((r) => r.resourceType === type).length;
    expect(count('Patient')).toBe(1);
    expect(count('QuestionnaireResponse')).toBe(1);
    expect(
      resources.filter((r) => r.resourceType === 'Observation' && r.code?.coding?.[0]?.code === '449918009'),
    ).toHaveLength(4);
    for (const entry of bundle.entry ?? []) {
      expect(entry.fullUrl).toBe(
        `http://localhost:80/api/fhir/${entry.resource?.resourceType}/${entry.resource?.id}`,
      );
    }
    expect(fhirJsProblems(bundle)).toEqual([]);
    expect(medplumProblems(bundle)).toEqual([]);
    // Neither validator is vacuous on this very answer: a status outside its required value set
    // fails the fhir package, a malformed dateTime fails medplum.
    const broken = (change: (observation: Record<string, unknown>) => void) => {
      const copy = structuredClone(bundle);
      change(copy.entry?.find((e) => e.resource?.resourceType === 'Observation')?.resource as never);
      return copy;
    };
    expect(fhirJsProblems(broken((o) => (o.status = 'not-a-status'))).length).toBeGreaterThan(0);
    expect(medplumProblems(broken((o) => (o.effectiveDateTime = '22 Nov 2026'))).length).toBeGreaterThan(0);
  });
});
