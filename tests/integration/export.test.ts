import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/server/db/connect.js';
import { signUp, testApp } from '../support/app.js';
import { storeTargets } from '../support/stores.js';

const NOW = new Date('2026-11-22T12:00:00Z');

/** RFC 4180 reader for the test: quoted cells, doubled quotes, CRLF or LF row ends. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

describe.each(storeTargets)('export and deletion on $name', (target) => {
  let store: Store;
  let app: FastifyInstance;

  beforeAll(async () => {
    store = await target.open();
    app = await testApp(store, { now: () => NOW });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  /** A person with a full diary: episodes, check-ins and a saved triage check. */
  async function diaryOwner(timezone = 'Europe/London') {
    const person = await signUp(app, { timezone, name: 'Ana' });
    const episodes = [];
    for (let i = 0; i < 7; i++) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/episodes',
        headers: { cookie: person.cookie },
        payload: {
          startedAt: `2026-11-1${i}T0${i}:15:00Z`,
          muscles: i % 2 ? ['calf', 'foot'] : ['thigh'],
          reliefTried: ['calf-stretch', 'heat'],
          reliefHelped: i % 2 ? ['heat'] : [],
          intensity: i,
          notes:
            i === 0
              ? '=HYPERLINK("http://evil.example","click")'
              : i === 1
                ? 'said "ouch", then\nslept'
                : i === 2
                  ? 'Wadenkrampf, müde'
                  : null,
        },
      });
      expect(response.statusCode).toBe(201);
      episodes.push(response.json());
    }
    const checkins = [];
    for (const date of ['2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13']) {
      const response = await app.inject({
        method: 'PUT',
        url: `/api/checkins/${date}`,
        headers: { cookie: person.cookie },
        payload: { waterGlasses: 6, supplements: ['magnesium'], notes: `day ${date}` },
      });
      expect(response.statusCode).toBe(201);
      checkins.push(response.json());
    }
    const triage = await app.inject({
      method: 'POST',
      url: '/api/triage',
      headers: { cookie: person.cookie },
      payload: { findings: { frequent_cramps: true } },
    });
    expect(triage.statusCode).toBe(200);
    const plan = await app.inject({
      method: 'PUT',
      url: '/api/plan',
      headers: { cookie: person.cookie },
      payload: { steps: [{ id: 'prevent.calf-stretches', time: '21:30' }] },
    });
    expect(plan.statusCode).toBe(200);
    const share = await app.inject({
      method: 'POST',
      url: '/api/shares',
      headers: { cookie: person.cookie },
      payload: { expiresInDays: 7 },
    });
    expect(share.statusCode).toBe(201);
    return { ...person, episodes, checkins, share: share.json() as { id: string; url: string } };
  }

  it('answers 401 without a session', async () => {
    expect((await app.inject('/api/export')).statusCode).toBe(401);
    expect((await app.inject('/api/export/episodes.csv')).statusCode).toBe(401);
  });

  it('exports everything the person has as a JSON attachment, and nothing of anyone else', async () => {
    // At 12:00Z on 22 November it is already the 23rd in Kiritimati: the file is named for the person's day.
    const owner = await diaryOwner('Pacific/Kiritimati');
    const stranger = await diaryOwner();
    const response = await app.inject({
      method: 'GET',
      url: '/api/export',
      headers: { cookie: owner.cookie },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="crampwise-export-2026-11-23.json"',
    );
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.json();
    expect(body).toMatchObject({ format: 'crampwise-export', version: 1, exportedAt: NOW.toISOString() });
    expect(body.profile).toMatchObject({
      id: owner.id,
      email: owner.email,
      name: 'Ana',
      timezone: 'Pacific/Kiritimati',
    });
    const byStart = (a: { startedAt: string }, b: { startedAt: string }) =>
      a.startedAt.localeCompare(b.startedAt);
    expect(body.episodes).toEqual([...owner.episodes].sort(byStart));
    expect(body.checkins).toEqual(owner.checkins);
    expect(body.triageHistory).toHaveLength(1);
    expect(body.triageHistory[0]).toMatchObject({ findings: ['frequent_cramps'] });
    // The plan and the share links belong to the person too (regression: the export left them out); a link
    // itself is never stored, so the export lists the share and its log, not its address.
    expect(body.planSteps).toEqual([{ id: 'prevent.calf-stretches', time: '21:30' }]);
    expect(body.shares).toHaveLength(1);
    expect(body.shares[0]).toMatchObject({ id: owner.share.id, views: [] });
    expect(response.body).not.toContain(owner.share.url.split('/s/')[1]);
    expect(response.body).not.toMatch(/password|hash/i);
    for (const episode of stranger.episodes) expect(response.body).not.toContain(episode.id);
  });

  it('exports episodes as CSV with a header, ISO times, ;-joined lists and formula-safe cells', async () => {
    const owner = await diaryOwner();
    const response = await app.inject({
      method: 'GET',
      url: '/api/export/episodes.csv',
      headers: { cookie: owner.cookie },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="crampwise-episodes-2026-11-22.csv"',
    );
    expect(response.body.startsWith('\uFEFFid,startedAt,')).toBe(true);
    expect(response.body).toContain('\r\n');
    const rows = readCsv(response.body.slice(1));
    expect(rows[0]).toEqual([
      'id',
      'startedAt',
      'durationSeconds',
      'muscles',
      'side',
      'intensity',
      'wokeFromSleep',
      'reliefTried',
      'reliefHelped',
      'minutesToRelief',
      'notes',
      'createdAt',
      'updatedAt',
    ]);
    expect(rows).toHaveLength(1 + owner.episodes.length);
    expect(
      rows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(owner.episodes.map((e) => e.id).sort());
    const first = rows[1]!;
    expect(first).toEqual([
      owner.episodes[0].id,
      '2026-11-10T00:15:00.000Z',
      '',
      'thigh',
      '',
      '0',
      'false',
      'calf-stretch;heat',
      '',
      '',
      `'=HYPERLINK("http://evil.example","click")`,
      NOW.toISOString(),
      NOW.toISOString(),
    ]);
    expect(rows[2]![3]).toBe('calf;foot');
    expect(rows[2]![8]).toBe('heat');
    expect(rows[2]![10]).toBe('said "ouch", then\nslept');
    expect(rows[3]![10]).toBe('Wadenkrampf, müde');
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-2 hours', "'-2 hours"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTAB', "'\tTAB"],
    ['calm night', 'calm night'],
    ["it's = fine", "it's = fine"],
  ])('neutralises a notes cell %j in the CSV', async (notes, expected) => {
    const { cookie } = await signUp(app);
    await app.inject({
      method: 'POST',
      url: '/api/episodes',
      headers: { cookie },
      payload: { startedAt: '2026-11-20T02:00:00Z', notes },
    });
    const rows = readCsv(
      (await app.inject({ method: 'GET', url: '/api/export/episodes.csv', headers: { cookie } })).body,
    );
    expect(rows[1]![10]).toBe(expected);
  });

  it('DELETE /api/me leaves no row that mentions the person in any table', async () => {
    const owner = await diaryOwner();
    const bystander = await diaryOwner();
    const tables = (
      await sql<{ table_name: string }>`
        select table_name from information_schema.tables
        where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(store.db)
    ).rows.map((r) => r.table_name);
    expect(tables).toEqual(
      expect.arrayContaining(['users', 'sessions', 'episodes', 'checkins', 'triage_results']),
    );
    const mentions = async (id: string) => {
      const counts: Record<string, number> = {};
      for (const table of tables) {
        const { rows } = await sql<{ n: number }>`
          select count(*)::int as n from ${sql.table(table)} as r where r::text like ${`%${id}%`}`.execute(
          store.db,
        );
        if (rows[0]!.n > 0) counts[table] = rows[0]!.n;
      }
      return counts;
    };
    expect(await mentions(owner.id)).toMatchObject({
      users: 1,
      sessions: 1,
      episodes: 7,
      checkins: 4,
      triage_results: 1,
    });

    const response = await app.inject({
      method: 'DELETE',
      url: '/api/me',
      headers: { cookie: owner.cookie },
      payload: { password: 'a good long password' },
    });
    expect(response.statusCode).toBe(204);
    expect(await mentions(owner.id)).toEqual({});
    for (const episode of owner.episodes) expect(await mentions(episode.id)).toEqual({});
    expect(
      (await app.inject({ method: 'GET', url: '/api/episodes', headers: { cookie: owner.cookie } }))
        .statusCode,
    ).toBe(401);

    // Everyone else's diary is untouched.
    expect(await mentions(bystander.id)).toMatchObject({
      users: 1,
      episodes: 7,
      checkins: 4,
      triage_results: 1,
    });
  });
});
