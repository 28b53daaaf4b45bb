// Regression (issue 13): the data folder was world-readable (755/644), and after DELETE /api/me the
// person's name and notes stayed in the data files and the write-ahead log.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/server/db/connect.js';
import { sessionCookie, testApp } from '../support/app.js';

const MARKERS = ['Quenbrilda', 'quenbrilda.marker@example.com', 'florpstravagant'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return entry.isFile() ? [path] : [];
  });
}

function filesMentioning(dir: string, marker: string): string[] {
  const needle = Buffer.from(marker, 'utf8');
  return filesUnder(dir).filter((file) => readFileSync(file).includes(needle));
}

describe('the embedded store on disk', () => {
  const parent = mkdtempSync(join(tmpdir(), 'crampwise-privacy-'));
  const dataDir = join(parent, 'data');
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it('keeps its folder private and leaves no trace of a deleted account in any file', async () => {
    const store = await openStore({ kind: 'pglite', dataDir });
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    const app = await testApp(store);
    const signup = await app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { email: MARKERS[1], password: 'a good long password', name: MARKERS[0] },
    });
    expect(signup.statusCode).toBe(201);
    const cookie = sessionCookie(signup);
    for (let i = 0; i < 20; i++) {
      const episode = await app.inject({
        method: 'POST',
        url: '/api/episodes',
        headers: { cookie },
        payload: {
          startedAt: `2026-01-${String(i + 1).padStart(2, '0')}T03:00:00Z`,
          notes: `${MARKERS[2]} ${i}`,
        },
      });
      expect(episode.statusCode).toBe(201);
    }
    const checkin = await app.inject({
      method: 'PUT',
      url: '/api/checkins/2026-01-02',
      headers: { cookie },
      payload: { notes: MARKERS[2] },
    });
    expect(checkin.statusCode).toBe(201);
    // The markers are on disk while the account exists (so the check below can fail).
    for (const marker of MARKERS) expect(filesMentioning(dataDir, marker)).not.toEqual([]);

    const deleted = await app.inject({
      method: 'DELETE',
      url: '/api/me',
      headers: { cookie },
      payload: { password: 'a good long password' },
    });
    expect(deleted.statusCode).toBe(204);
    await app.close();
    await store.close();
    for (const marker of MARKERS) expect(filesMentioning(dataDir, marker)).toEqual([]);
  });
});
