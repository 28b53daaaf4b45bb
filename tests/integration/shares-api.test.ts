import type { Bundle } from '@medplum/fhirtypes';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreatedShare, ShareList } from '../../src/contract/shares.js';
import { fhirJsProblems, medplumProblems } from '../../src/core/fhir/validators.test-support.js';
import { parseShlink } from '../../src/core/share/index.js';
import type { Store } from '../../src/server/db/connect.js';
import { decryptShlFile } from '../../src/server/share/jwe.js';
import { hashShareToken } from '../../src/server/share/token.js';
import { testApp } from '../support/app.js';
import { REPORT_NOW, seedReportDiary } from '../support/report-diary.js';
import { storeTargets } from '../support/stores.js';

const DAY = 86_400_000;

function expectShareHeaders(response: LightMyRequestResponse) {
  expect(response.headers['cache-control']).toBe('no-store');
  expect(response.headers['referrer-policy']).toBe('no-referrer');
  expect(response.headers['x-robots-tag']).toMatch(/noindex/);
}

const pathOf = (url: string) => new URL(url).pathname;

describe.each(storeTargets)('share links on $name', (target) => {
  let store: Store;
  let app: FastifyInstance;
  let now = REPORT_NOW;
  let owner: { cookie: string; id: string };
  let other: { cookie: string; id: string };

  beforeAll(async () => {
    store = await target.open();
    app = await testApp(store, {
      now: () => now,
      rateLimits: { sharePasscodeFailures: { max: 3, windowMs: 15 * 60_000 } },
    });
    owner = await seedReportDiary(app);
    other = await seedReportDiary(app, 'Someone Else');
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const create = async (payload: Record<string, unknown>, cookie = owner.cookie) => {
    const response = await app.inject({ method: 'POST', url: '/api/shares', headers: { cookie }, payload });
    expect(response.statusCode, response.body).toBe(201);
    return CreatedShare.parse(response.json());
  };
  const list = async (cookie = owner.cookie) => {
    const response = await app.inject({ method: 'GET', url: '/api/shares', headers: { cookie } });
    expect(response.statusCode).toBe(200);
    return ShareList.parse(response.json());
  };
  const anonymous = (url: string, cookie?: string) =>
    app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });

  it('needs a session to make, list or revoke links', async () => {
    expect(
      (await app.inject({ method: 'POST', url: '/api/shares', payload: { expiresInDays: 7 } })).statusCode,
    ).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/shares' })).statusCode).toBe(401);
    const id = '00000000-0000-4000-8000-000000000000';
    expect((await app.inject({ method: 'DELETE', url: `/api/shares/${id}` })).statusCode).toBe(401);
  });

  it('refuses bad requests with field messages', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ expiresInDays: 0 }, 'expiresInDays'],
      [{ expiresInDays: 91 }, 'expiresInDays'],
      [{ expiresInDays: 1.5 }, 'expiresInDays'],
      [{}, 'expiresInDays'],
      [{ expiresInDays: 7, passcode: 'abc' }, 'passcode'],
      [{ expiresInDays: 7, from: '2026-11-20', to: '2026-11-10' }, 'to'],
      [{ expiresInDays: 7, from: 'yesterday' }, 'from'],
      [{ expiresInDays: 7, surprise: true }, ''],
    ];
    for (const [payload, field] of cases) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/shares',
        headers: { cookie: owner.cookie },
        payload,
      });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      const { error } = response.json();
      expect(error.code).toBe('invalid_input');
      if (field) expect(Object.keys(error.fields)).toContain(field);
    }
    const badId = await app.inject({
      method: 'DELETE',
      url: '/api/shares/nope',
      headers: { cookie: owner.cookie },
    });
    expect(badId.statusCode).toBe(400);
  });

  it('makes a link of 256 random bits, stored only as its hash, with a QR code and a shlink', async () => {
    const share = await create({ expiresInDays: 7, label: 'For my midwife' });
    expect(share.url).toMatch(/^http:\/\/localhost:80\/s\/[A-Za-z0-9_-]{43}$/);
    expect(share.expiresAt).toBe(new Date(REPORT_NOW.getTime() + 7 * DAY).toISOString());
    expect(share.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    const token = share.url.split('/s/')[1]!;
    const row = await store.db
      .selectFrom('shares')
      .selectAll()
      .where('id', '=', share.id)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(hashShareToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    const parsed = parseShlink(share.shlink!);
    expect(parsed.ok && parsed.payload).toMatchObject({
      url: `http://localhost:80/api/shl/${token}`,
      exp: Math.floor(Date.parse(share.expiresAt) / 1000),
      label: 'For my midwife',
      v: 1,
    });
    expect(parsed.ok && parsed.payload.flag).toBeUndefined();
  });

  it('opens without an account: the report page, the PDF and the FHIR Bundle, each logged', async () => {
    const share = await create({ expiresInDays: 7, from: '2026-11-09', to: '2026-11-22' });
    const path = pathOf(share.url);
    const page = await anonymous(path);
    expect(page.statusCode).toBe(200);
    expectShareHeaders(page);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const own = (
      await app.inject({
        method: 'GET',
        url: '/api/report?from=2026-11-09&to=2026-11-22',
        headers: { cookie: owner.cookie },
      })
    ).json();
    expect(page.body).toContain('Anna Example');
    expect(page.body).not.toContain('Someone Else');
    expect(page.body).toContain(`Cramps: ${own.cramps.episodes}`);
    expect(page.body).toContain(`href="${path}/report.pdf?paper=A4"`);

    const pdf = await anonymous(`${path}/report.pdf?paper=LETTER`);
    expect(pdf.statusCode).toBe(200);
    expectShareHeaders(pdf);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toMatch(/^attachment; filename="crampwise-report-/);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const parser = new PDFParse({ data: new Uint8Array(pdf.rawPayload) });
    const text = await parser.getText();
    await parser.destroy();
    expect(text.total).toBe(1);
    expect(text.text.replace(/\s+/g, ' ')).toContain(`Cramps: ${own.cramps.episodes}`);

    const fhir = await anonymous(`${path}/fhir.json`);
    expect(fhir.statusCode).toBe(200);
    expectShareHeaders(fhir);
    expect(fhir.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
    const bundle = fhir.json() as Bundle;
    expect(fhirJsProblems(bundle)).toEqual([]);
    expect(medplumProblems(bundle)).toEqual([]);

    // The access log: one row per access, with half the address (inject comes from 127.0.0.1).
    const item = (await list()).items.find((s) => s.id === share.id)!;
    expect(item.status).toBe('active');
    expect(item.views.map((v) => [v.what, v.addressPrefix, v.at])).toEqual([
      ['page', '127.0.x.x', REPORT_NOW.toISOString()],
      ['pdf', '127.0.x.x', REPORT_NOW.toISOString()],
      ['fhir', '127.0.x.x', REPORT_NOW.toISOString()],
    ]);
    // Nobody else sees the link or its log.
    expect((await list(other.cookie)).items.map((s) => s.id)).not.toContain(share.id);
  });

  it('answers 404 to an unknown or malformed token, with the same headers', async () => {
    for (const path of [
      '/s/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      '/s/short',
      '/s/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/report.pdf',
    ]) {
      const response = await anonymous(path);
      expect(response.statusCode, path).toBe(404);
      expectShareHeaders(response);
    }
  });

  it('answers 410 from the expiry instant on (clock injected)', async () => {
    const share = await create({ expiresInDays: 1 });
    const path = pathOf(share.url);
    try {
      now = new Date(REPORT_NOW.getTime() + DAY - 1);
      expect((await anonymous(path)).statusCode).toBe(200);
      now = new Date(REPORT_NOW.getTime() + DAY);
      for (const url of [path, `${path}/report.pdf`, `${path}/fhir.json`]) {
        const response = await anonymous(url);
        expect(response.statusCode, url).toBe(410);
        expectShareHeaders(response);
      }
      const token = path.slice(3);
      const manifest = await app.inject({
        method: 'POST',
        url: `/api/shl/${token}`,
        payload: { recipient: 'Clinic' },
      });
      expect(manifest.statusCode).toBe(410);
      expect(manifest.json().error.code).toBe('gone');
      const item = (await list()).items.find((s) => s.id === share.id)!;
      expect(item.status).toBe('expired');
      expect(item.views).toHaveLength(1);
    } finally {
      now = REPORT_NOW;
    }
  });

  it('revokes: 204, then the link answers 404; another person’s id is 404 and changes nothing', async () => {
    const share = await create({ expiresInDays: 30 });
    const path = pathOf(share.url);
    expect((await anonymous(path)).statusCode).toBe(200);
    const stranger = await app.inject({
      method: 'DELETE',
      url: `/api/shares/${share.id}`,
      headers: { cookie: other.cookie },
    });
    expect(stranger.statusCode).toBe(404);
    expect((await anonymous(path)).statusCode).toBe(200);
    const revoked = await app.inject({
      method: 'DELETE',
      url: `/api/shares/${share.id}`,
      headers: { cookie: owner.cookie },
    });
    expect(revoked.statusCode).toBe(204);
    for (const url of [path, `${path}/report.pdf`, `${path}/fhir.json`]) {
      const response = await anonymous(url);
      expect(response.statusCode, url).toBe(404);
      expectShareHeaders(response);
    }
    const item = (await list()).items.find((s) => s.id === share.id)!;
    expect(item).toMatchObject({ status: 'revoked', revokedAt: REPORT_NOW.toISOString() });
    const unknown = await app.inject({
      method: 'DELETE',
      url: '/api/shares/00000000-0000-4000-8000-000000000000',
      headers: { cookie: owner.cookie },
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('asks for the passcode first, then shows the report and its downloads', async () => {
    const share = await create({ expiresInDays: 7, passcode: 'tulip-42' });
    const path = pathOf(share.url);
    const form = await anonymous(path);
    expect(form.statusCode).toBe(200);
    expectShareHeaders(form);
    expect(form.body).toContain('name="passcode"');
    expect(form.body).not.toContain('Anna Example');
    expect((await anonymous(`${path}/report.pdf`)).body).toContain('name="passcode"');
    expect((await anonymous(`${path}/fhir.json`)).body).toContain('name="passcode"');

    const post = (passcode: string) =>
      app.inject({
        method: 'POST',
        url: path,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ passcode }).toString(),
      });
    const wrong = await post('tulip-41');
    expect(wrong.statusCode).toBe(401);
    expectShareHeaders(wrong);
    expect(wrong.body).toContain('That passcode is not right.');
    const right = await post('tulip-42');
    expect(right.statusCode).toBe(303);
    expect(right.headers.location).toBe(path);
    const proof = right.cookies.find((c) => c.name === 'cw_share')!;
    expect(proof).toMatchObject({ path, httpOnly: true, sameSite: 'Strict' });
    const cookie = `cw_share=${proof.value}`;
    const page = await anonymous(path, cookie);
    expect(page.body).toContain('Anna Example');
    const pdf = await anonymous(`${path}/report.pdf`, cookie);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // A proof for one link opens no other.
    const second = await create({ expiresInDays: 7, passcode: 'tulip-42' });
    expect((await anonymous(pathOf(second.url), cookie)).body).toContain('name="passcode"');
    const item = (await list()).items.find((s) => s.id === share.id)!;
    expect(item.hasPasscode).toBe(true);
    expect(item.views.map((v) => v.what)).toEqual(['page', 'pdf']);
  });

  it('limits passcode attempts per link, even for the right passcode once used up', async () => {
    const share = await create({ expiresInDays: 7, passcode: 'daisy-7' });
    const path = pathOf(share.url);
    const post = (passcode: string) =>
      app.inject({
        method: 'POST',
        url: path,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: `passcode=${encodeURIComponent(passcode)}`,
      });
    for (let i = 0; i < 3; i++) expect((await post(`guess-${i}`)).statusCode).toBe(401);
    const limited = await post('daisy-7');
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body).toContain('Too many wrong passcodes');
    const token = path.slice(3);
    const manifest = await app.inject({
      method: 'POST',
      url: `/api/shl/${token}`,
      payload: { recipient: 'Clinic', passcode: 'daisy-7' },
    });
    expect(manifest.statusCode).toBe(429);
    // Another link is not held back by this one's failures.
    const fresh = await create({ expiresInDays: 7, passcode: 'daisy-7' });
    const ok = await app.inject({
      method: 'POST',
      url: pathOf(fresh.url),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'passcode=daisy-7',
    });
    expect(ok.statusCode).toBe(303);
  });

  it('serves the SMART Health Link: the manifest’s JWE decrypts with the link’s key to the same Bundle', async () => {
    const share = await create({
      expiresInDays: 7,
      from: '2026-11-09',
      to: '2026-11-22',
      passcode: 'lotus-99',
    });
    const parsed = parseShlink(share.shlink!);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.payload.flag).toBe('P');
    const manifestPath = pathOf(parsed.payload.url);
    // A clinic's system posts from its own origin: allowed, and answered for every origin.
    const wrong = await app.inject({
      method: 'POST',
      url: manifestPath,
      headers: { origin: 'https://clinic.example' },
      payload: { recipient: 'Clinic', passcode: 'nope' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.message).toMatch(/attempts left/);
    const response = await app.inject({
      method: 'POST',
      url: manifestPath,
      headers: { origin: 'https://clinic.example' },
      payload: { recipient: 'Clinic', passcode: 'lotus-99' },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expectShareHeaders(response);
    const manifest = response.json();
    expect(manifest.files).toHaveLength(1);
    expect(manifest.files[0].contentType).toBe('application/fhir+json');
    const file = await decryptShlFile(manifest.files[0].embedded, parsed.payload.key);
    expect(file.contentType).toBe('application/fhir+json');
    const own = await app.inject({
      method: 'GET',
      url: '/api/fhir?from=2026-11-09&to=2026-11-22',
      headers: { cookie: owner.cookie },
    });
    expect(JSON.parse(file.text)).toEqual(own.json());

    // Too big to embed for this receiver: a short-lived location that serves the same JWE.
    const small = await app.inject({
      method: 'POST',
      url: manifestPath,
      payload: { recipient: 'Clinic', passcode: 'lotus-99', embeddedLengthMax: 100 },
    });
    const location = small.json().files[0].location as string;
    expect(location).toMatch(/^http:\/\/localhost:80\/api\/shl\/.+\/file\?exp=\d+&sig=/);
    const fetched = await anonymous(location.replace('http://localhost:80', ''));
    expect(fetched.statusCode).toBe(200);
    expect(JSON.parse((await decryptShlFile(fetched.body, parsed.payload.key)).text)).toEqual(own.json());
    const forged = await anonymous(
      location.replace('http://localhost:80', '').replace(/sig=.*/, 'sig=forged'),
    );
    expect(forged.statusCode).toBe(404);
    try {
      now = new Date(REPORT_NOW.getTime() + 5 * 60_000 + 1000);
      expect((await anonymous(location.replace('http://localhost:80', ''))).statusCode).toBe(404);
    } finally {
      now = REPORT_NOW;
    }
    const item = (await list()).items.find((s) => s.id === share.id)!;
    expect(item.views.map((v) => [v.what, v.recipient])).toEqual([
      ['shl', 'Clinic'],
      ['shl', 'Clinic'],
      ['shl', null],
    ]);
  });
});
