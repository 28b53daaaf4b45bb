// The knowledge API, search and the Learn pages. They read no database, so one store is enough.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/server/db/connect.js';
import { testApp } from '../support/app.js';
import { storeTargets } from '../support/stores.js';

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

const get = (url: string) => app.inject({ method: 'GET', url });

describe('GET /api/knowledge', () => {
  it('lists every item with id, kind, title, summary and safety', async () => {
    const response = await get('/api/knowledge');
    expect(response.statusCode).toBe(200);
    const { items } = response.json();
    expect(items.length).toBeGreaterThanOrEqual(165);
    const nsaids = items.find((i: { id: string }) => i.id === 'relief.nsaids');
    expect(nsaids).toMatchObject({
      kind: 'relief',
      title: 'Why ibuprofen-type painkillers are avoided in pregnancy',
      safety: { status: 'avoid', trimesters: [2, 3], label: 'Avoid in trimesters 2–3' },
    });
    expect(Object.keys(nsaids).sort()).toEqual(['id', 'kind', 'safety', 'summary', 'title']);
    expect(items.find((i: { id: string }) => i.id === 'diff.dvt').safety).toBeNull();
  });

  it('filters by kind', async () => {
    const { items } = (await get('/api/knowledge?kind=acupoint')).json();
    expect(items.map((i: { id: string }) => i.id)).toContain('acupoint.st36');
    expect(items.every((i: { kind: string }) => i.kind === 'acupoint')).toBe(true);
  });

  it('answers 400 with a field message for an unknown kind', async () => {
    const response = await get('/api/knowledge?kind=spells');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalid_input');
    expect(response.json().error.fields.kind).toMatch(/must be one of: overview, cause/);
  });
});

describe('GET /api/knowledge/:id', () => {
  it('returns the item in full with its sources, related items and disagreements resolved', async () => {
    const response = await get('/api/knowledge/relief.calf-stretch');
    expect(response.statusCode).toBe(200);
    const item = response.json();
    expect(item.sources[0]).toEqual({
      key: 'webmd',
      title: 'Leg Cramps and Leg Pain',
      publisher: 'WebMD Medical Reference',
      date: '2014-06-12',
      kind: 'consumer-article',
      appraisal: expect.stringContaining('2014'),
    });
    expect(item.sources.find((s: { key: string }) => s.key === 'nhs-leg-cramps').url).toBe(
      'https://www.nhs.uk/conditions/leg-cramps/',
    );
    expect(item.related[0]).toEqual({
      id: 'relief.massage',
      title: 'Rub the cramping muscle',
      kind: 'relief',
    });
    expect(item.evidence).toMatchObject({
      verdict: 'consensus',
      sources: [{ key: 'nice-cks-leg-cramps' }, {}, {}],
    });
    expect(item.evidence.sources[0].title).toBe('Leg cramps: Clinical Knowledge Summary');
    expect(item.conflicts[0].positions[0].source).toEqual({ key: 'webmd', title: 'Leg Cramps and Leg Pain' });
    expect(item.conflicts[0].resolutionSources[0].key).toBe('hse-leg-cramps-pregnancy');
    expect(item.safety).toMatchObject({ status: 'recommended', label: 'Recommended' });
    expect(item.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(item.details).toContain('## How to do it');
    expect(item.detailsHtml).toContain('<h2>How to do it</h2>');
  });

  it('carries food nutrients and acupoint locations', async () => {
    expect((await get('/api/knowledge/food.almonds')).json().nutrients).toMatchObject({ magnesiumMg: 76 });
    expect((await get('/api/knowledge/acupoint.st36')).json().acupoint.code).toBe('ST36');
  });

  it('answers 404 not_found for an unknown id', async () => {
    const response = await get('/api/knowledge/relief.nothing-here');
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });
});

describe('GET /api/sources', () => {
  it('returns the registry', async () => {
    const { sources } = (await get('/api/sources')).json();
    expect(sources.length).toBeGreaterThanOrEqual(28);
    // The five source articles each carry an appraisal; other sources may too (how a regional label was checked).
    const appraised = sources
      .filter((s: { appraisal?: string }) => s.appraisal)
      .map((s: { key: string }) => s.key);
    expect(appraised).toEqual(expect.arrayContaining(['webmd', 'apa', 'ilive', 'cainiu', 'fuji']));
    expect(sources.find((s: { key: string }) => s.key === 'fda-nsaid-2020').kind).toBe('regulator');
  });
});

describe('GET /api/search', () => {
  it('finds items for lay words and whole questions', async () => {
    const response = await get(
      `/api/search?q=${encodeURIComponent('is it safe to take ibuprofen in the third trimester?')}&limit=3`,
    );
    expect(response.statusCode).toBe(200);
    const { results } = response.json();
    expect(results.length).toBeLessThanOrEqual(3);
    expect(results[0]).toMatchObject({ id: 'relief.nsaids', kind: 'relief', kindLabel: 'During a cramp' });
    expect(Object.keys(results[0]).sort()).toEqual(['id', 'kind', 'kindLabel', 'score', 'snippet', 'title']);
    expect(results[0].snippet).toMatch(/ibuprofen/i);
  });

  it('answers 400 with field messages for a missing, empty or long q and a bad limit', async () => {
    for (const [url, field] of [
      ['/api/search', 'q'],
      ['/api/search?q=%20%20', 'q'],
      [`/api/search?q=${'a'.repeat(201)}`, 'q'],
      ['/api/search?q=cramp&limit=0', 'limit'],
      ['/api/search?q=cramp&limit=51', 'limit'],
      ['/api/search?q=cramp&limit=two', 'limit'],
    ] as const) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(400);
      expect(Object.keys(response.json().error.fields), url).toEqual([field]);
    }
  });

  it('is documented in the OpenAPI document with the knowledge routes', async () => {
    const spec = (await get('/api/openapi.json')).json();
    for (const path of ['/api/knowledge', '/api/knowledge/{id}', '/api/sources', '/api/search']) {
      expect(spec.paths[path]?.get, path).toBeDefined();
    }
  });
});

describe('Learn pages', () => {
  const html = async (url: string, status = 200) => {
    const response = await get(url);
    expect(response.statusCode, url).toBe(status);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    return response.body;
  };

  it('/learn lists every section in reading order with badges', async () => {
    const body = await html('/learn');
    const headings = [...body.matchAll(/<h2 id="section-[^"]+">([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual([
      'What is happening',
      'Why it happens',
      'Who is at risk',
      'Patterns and what they may mean',
      'Warning signs',
      'Preventing cramps',
      'During a cramp',
      'Treatments',
      'Home and herbal remedies',
      'Food and nutrients',
      'Tests',
      'Other conditions',
      'Complications',
      'Acupuncture',
      'Living well',
    ]);
    expect(body).toContain('href="/learn/relief.calf-stretch"');
    expect(body).toContain(
      '<span class="badge safety-badge avoid"><span class="badge-what">Safety in pregnancy:</span> Avoid in trimesters 2–3</span>',
    );
    expect(body).toMatch(
      /<span class="badge evidence-badge established">.*Evidence for this page:<\/span> Well established/,
    );
    // "All" folds each section; a single section opens.
    expect(body).toContain('<details class="learn-section" id="relief">');
    expect(await html('/learn?kind=relief')).toContain('<details class="learn-section" open="" id="relief">');
    expect(body).toContain('<script src="/search.js" defer="">');
  });

  it('/learn?kind= shows one section, and a 400 page for a section we do not have', async () => {
    const body = await html('/learn?kind=remedy');
    expect(body).toContain('Home and herbal remedies');
    expect(body).not.toContain('id="section-relief"');
    expect(await html('/learn?kind=spells', 400)).toContain('There is no section called “spells”');
  });

  it('/learn/<id> shows the whole item', async () => {
    const body = await html('/learn/relief.calf-stretch');
    expect(body).toContain('<h1>Stretch the calf to stop a cramp</h1>');
    expect(body).toContain('Standard advice');
    expect(body).toContain('Where the sources disagree');
    expect(body).toContain('What the best evidence says');
    expect(body).toContain('href="/learn/sources#webmd"');
    expect(body).toContain('<a href="https://www.nhs.uk/conditions/leg-cramps/" rel="noopener noreferrer"');
    expect(body).toContain('<h2>How to do it</h2>');
    expect(body).toContain('href="/learn/relief.massage"');
    expect(body).toMatch(/Reviewed <time dateTime="2026-11-22">22 November 2026<\/time>/i);
  });

  it('/learn/<id> shows a food’s nutrients with % of the 19–30 target, an acupoint’s place, a red flag’s check link', async () => {
    const food = await html('/learn/food.almonds');
    expect(food).toMatch(/<th scope="row">Magnesium<\/th><td>76 mg<\/td><td>22%<\/td>/);
    expect(food).toContain('ages 19–30');
    expect(await html('/learn/acupoint.st36')).toContain('Where it is');
    expect(await html('/learn/redflag.leg-swelling')).toContain('href="/check"');
    expect(await html('/learn/nutrient.calcium')).toMatch(
      /<th scope="row">14–18<\/th><td>1,300 mg<\/td><td>3,000 mg<\/td>/,
    );
  });

  it('answers an unknown item with a 404 page', async () => {
    expect(await html('/learn/relief.nothing-here', 404)).toContain('Page not found');
  });

  it('/learn/sources lists every source with an anchor and compares the five articles', async () => {
    const body = await html('/learn/sources');
    const { sources } = (await get('/api/sources')).json();
    for (const s of sources) expect(body, s.key).toContain(`id="${s.key}"`);
    expect(body).toContain('Our appraisal:');
    expect(body).toMatch(/<table class="matrix">/);
    for (const name of ['WebMD', 'APA', 'iLive', 'Cainiu', 'Fuji'])
      expect(body).toContain(`>${name}</a></th>`);
    expect(body).toContain('makes a claim the evidence does not support');
    expect(body).toMatch(
      /<a href="\/learn\/remedy.licorice">[^<]+<\/a><\/th>(<td[^>]*>.*?<\/td>){2}<td class="mark mark-unsupported">/,
    );
  });

  it('/learn/sources shows the claim-by-claim trace of each article, with its totals and covering pages', async () => {
    const body = await html('/learn/sources');
    expect(body).toContain('href="#trace"');
    for (const key of ['webmd', 'apa', 'ilive', 'cainiu', 'fuji'])
      expect(body).toContain(`id="trace-${key}"`);
    expect(body).toMatch(
      /<strong>iLive<\/strong>: \d+ claims · \d+ covered · \d+ corrected · [1-9]\d* withheld/,
    );
    expect(body).toContain('Magvit B6 is approved for use in pregnancy.');
    expect(body).toMatch(/<span class="badge avoid">Withheld<\/span>/);
    expect(body).toContain('<a href="/learn/treat.multivitamin">');
  });

  it('/search shows results without JavaScript, and a 400 page for a search too long', async () => {
    const body = await html('/search?q=Tylenol');
    expect(body).toContain('href="/learn/relief.paracetamol"');
    expect(body).toMatch(/\d+ results? for “Tylenol”/);
    expect(await html('/search')).toContain('Try a word like');
    expect(await html(`/search?q=${'a'.repeat(201)}`, 400)).toContain('must be at most 200 characters');
  });
});
