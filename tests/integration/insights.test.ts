import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGS } from '../../src/i18n/catalogs.js';
import type { Store } from '../../src/server/db/connect.js';
import { signUp, testApp } from '../support/app.js';
import { storeTargets } from '../support/stores.js';

const NOW = new Date('2026-11-22T12:00:00Z');

describe.each(storeTargets)('insights on $name', (target) => {
  let store: Store;
  let app: FastifyInstance;
  let cookie: string;

  beforeAll(async () => {
    store = await target.open();
    app = await testApp(store, { now: () => NOW });
    // London is on GMT in November, so local times equal UTC here. Due 2027-03-02: 2026-11-16 is 24+6.
    ({ cookie } = await signUp(app, { timezone: 'Europe/London' }));
    await app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie },
      payload: { dueDate: '2027-03-02' },
    });
    const episodes = [
      // The night of 10 Nov (stretched).
      {
        startedAt: '2026-11-11T02:00:00Z',
        intensity: 4,
        wokeFromSleep: true,
        reliefTried: ['calf-stretch'],
        reliefHelped: ['calf-stretch'],
        minutesToRelief: 5,
      },
      // The nights of 13, 14 and 15 Nov (not stretched).
      {
        startedAt: '2026-11-13T23:00:00Z',
        intensity: 8,
        reliefTried: ['calf-stretch', 'massage'],
        reliefHelped: ['massage'],
        minutesToRelief: 10,
      },
      { startedAt: '2026-11-15T03:00:00Z', notes: 'left calf red and warm' },
      { startedAt: '2026-11-16T01:00:00Z', intensity: 6 },
      // A daytime cramp in week 25.
      { startedAt: '2026-11-17T14:00:00Z', intensity: 2 },
    ];
    for (const payload of episodes) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/episodes',
        headers: { cookie },
        payload,
      });
      expect(response.statusCode).toBe(201);
    }
    const days = ['2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13', '2026-11-14', '2026-11-15'];
    for (const [i, date] of days.entries()) {
      const payload = {
        stretchedBeforeBed: i < 3,
        ...(date === '2026-11-12' ? { swelling: 'one-leg' } : {}),
      };
      const response = await app.inject({
        method: 'PUT',
        url: `/api/checkins/${date}`,
        headers: { cookie },
        payload,
      });
      expect(response.statusCode).toBe(201);
    }
    // Someone else's diary must not leak into these numbers.
    const other = await signUp(app, { timezone: 'Europe/London' });
    await app.inject({
      method: 'POST',
      url: '/api/episodes',
      headers: { cookie: other.cookie },
      payload: { startedAt: '2026-11-11T03:00:00Z', notes: 'swollen red leg' },
    });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const insights = async (query = '') => {
    const response = await app.inject({ method: 'GET', url: `/api/insights${query}`, headers: { cookie } });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  it('answers 401 without a session', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/insights' })).statusCode).toBe(401);
  });

  it('counts episodes, night-time episodes and nights on the person’s clock', async () => {
    const result = await insights();
    expect(result.range).toEqual({ from: null, to: null, timeZone: 'Europe/London', dueDate: '2027-03-02' });
    expect(result.totals).toEqual({
      episodes: 5,
      nightEpisodes: 4,
      nights: 4,
      checkins: 6,
      withIntensity: 4,
    });
    expect(result.nightShare).toBe(0.8);
  });

  it('counts per week of pregnancy', async () => {
    expect((await insights()).perWeek).toEqual({
      basis: 'pregnancy',
      outsidePregnancy: 0,
      weeks: [
        {
          start: '2026-11-10',
          end: '2026-11-16',
          pregnancyWeek: 24,
          isoWeek: null,
          weeksSinceBirth: null,
          episodes: 4,
          nightEpisodes: 4,
        },
        {
          start: '2026-11-17',
          end: '2026-11-23',
          pregnancyWeek: 25,
          isoWeek: null,
          weeksSinceBirth: null,
          episodes: 1,
          nightEpisodes: 0,
        },
      ],
    });
  });

  it('averages intensity per day over the episodes where it was filled in', async () => {
    expect((await insights()).intensityOverTime).toEqual({
      bucket: 'day',
      points: [
        { start: '2026-11-11', end: '2026-11-11', meanIntensity: 4, episodes: 1 },
        { start: '2026-11-13', end: '2026-11-13', meanIntensity: 8, episodes: 1 },
        { start: '2026-11-16', end: '2026-11-16', meanIntensity: 6, episodes: 1 },
        { start: '2026-11-17', end: '2026-11-17', meanIntensity: 2, episodes: 1 },
      ],
    });
  });

  it('ranks relief by how often it helped when tried, with median minutes', async () => {
    const relief = (await insights()).relief;
    expect(
      relief.map((r: Record<string, unknown>) => [
        r.method,
        r.rank,
        r.helped,
        r.tried,
        r.medianMinutesToRelief,
      ]),
    ).toEqual([
      ['massage', 1, 1, 1, 10],
      ['calf-stretch', 2, 1, 2, 5],
    ]);
  });

  it('compares nights after stretching with nights without, with a hand-computed interval', async () => {
    const stretched = (await insights()).factors.find(
      (f: { factor: string }) => f.factor === 'stretchedBeforeBed',
    );
    // With: 1 cramp over 3 nights; without: 3 over 3. RR = 1/3, SE = sqrt(1 + 1/3) = 1.154701,
    // ln(1/3) = -1.098612 ± 2.263171 → 0.034673 to 3.204510.
    expect(stretched.with).toEqual({ nights: 3, episodes: 1, rate: 1 / 3 });
    expect(stretched.without).toEqual({ nights: 3, episodes: 3, rate: 1 });
    expect(stretched.comparison.rateRatio).toBeCloseTo(1 / 3, 10);
    expect(stretched.comparison.interval.low).toBeCloseTo(0.034673, 5);
    expect(stretched.comparison.interval.high).toBeCloseTo(3.20451, 5);
    expect(stretched.summary).toContain('went with 0.33 times the cramp rate');
  });

  it('lists red flags for the diary’s banner, only the person’s own', async () => {
    const result = await insights();
    expect(result.redFlags.map((f: Record<string, unknown>) => [f.date, f.reason, f.source])).toEqual([
      ['2026-11-12', 'one-leg-swelling', 'checkin'],
      ['2026-11-15', 'red-warm-or-swollen-leg-in-notes', 'episode'],
    ]);
  });

  it('limits every part to the local dates from–to', async () => {
    const result = await insights('?from=2026-11-14&to=2026-11-16');
    expect(result.totals).toEqual({
      episodes: 2,
      nightEpisodes: 2,
      nights: 2,
      checkins: 2,
      withIntensity: 1,
    });
    expect(result.redFlags.map((f: { date: string }) => f.date)).toEqual(['2026-11-15']);
    const stretched = result.factors.find((f: { factor: string }) => f.factor === 'stretchedBeforeBed');
    expect(stretched.comparison).toBeNull();
    expect(stretched.summary).toMatch(/^Not enough nights to compare yet/);
  });

  it('accepts the widest range of dates', async () => {
    expect((await insights('?from=1900-01-01&to=2999-12-31')).totals.episodes).toBe(5);
    const list = await app.inject({
      method: 'GET',
      url: '/api/episodes?from=1900-01-01&to=2999-12-31',
      headers: { cookie },
    });
    expect(list.json().items).toHaveLength(5);
  });

  it('never says that one thing caused another', async () => {
    expect(JSON.stringify(await insights())).not.toMatch(/caus/i);
  });

  it('falls back to ISO calendar weeks without a due date', async () => {
    const { cookie: fresh } = await signUp(app, { timezone: 'America/New_York' });
    // 03:00Z on Monday 23 Nov is still Sunday 22 Nov in New York: ISO week 2026-W47.
    await app.inject({
      method: 'POST',
      url: '/api/episodes',
      headers: { cookie: fresh },
      payload: { startedAt: '2026-11-22T03:00:00Z' },
    });
    const response = await app.inject({ method: 'GET', url: '/api/insights', headers: { cookie: fresh } });
    expect(response.json().perWeek).toEqual({
      basis: 'calendar',
      outsidePregnancy: 0,
      weeks: [
        {
          start: '2026-11-16',
          end: '2026-11-22',
          pregnancyWeek: null,
          isoWeek: '2026-W47',
          weeksSinceBirth: null,
          episodes: 1,
          nightEpisodes: 1,
        },
      ],
    });
  });

  it('says its sentences in the person’s language (cookie or Accept-Language), numbers and keys unchanged', async () => {
    const english = await insights();
    const get = async (headers: Record<string, string>) => {
      const response = await app.inject({
        method: 'GET',
        url: '/api/insights',
        headers: { cookie, ...headers },
      });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers.vary).toContain('Cookie');
      return response.json();
    };
    const russian = await get({ cookie: `${cookie}; crampwise_lang=ru` });
    const japanese = await get({ 'accept-language': 'ja-JP,ja;q=0.9' });
    const chinese = await get({ 'accept-language': 'zh-CN' });

    // English is the core's own wording, as before.
    const stretchedIn = (answer: { factors: { factor: string }[] }) =>
      answer.factors.find((f) => f.factor === 'stretchedBeforeBed') as Record<string, unknown>;
    expect(stretchedIn(english).label).toBe('Stretching before bed');
    expect(stretchedIn(english).summary).toContain('went with 0.33 times the cramp rate');
    expect(english.redFlags[0].message).toMatch(/^You recorded swelling in one leg\./);

    const ru = CATALOGS.diary.ru;
    expect(stretchedIn(russian).label).toBe(ru['diary.factor.label.stretchedBeforeBed']);
    expect(stretchedIn(russian).summary).toBe(
      'За 3 ночи после дня с «Растяжка перед сном» вы отмечали 0,33 судороги за ночь; за 3 ночи без этого — 1,00. ' +
        '«Растяжка перед сном»: частота судорог с этим и без этого соотносится как 0,33 к 1 (95% интервал от 0,03 до 3,20). ' +
        'Интервал включает 1, так что ваш дневник согласуется и с тем, что разницы нет. ' +
        'Это показывает, что совпадало в вашем дневнике, а не что одно привело к другому.',
    );
    expect(russian.redFlags.map((f: { message: string }) => f.message)).toEqual([
      ru['diary.api.redFlag.oneLegSwelling'],
      ru['diary.api.redFlag.notes'],
    ]);
    expect(stretchedIn(japanese).label).toBe('寝る前のストレッチ');
    expect(stretchedIn(japanese).summary).toMatch(
      /^「寝る前のストレッチ」があった日のあとの3晩では、1晩あたり0\.33回/,
    );
    expect(japanese.redFlags[0].message).toBe(CATALOGS.diary.ja['diary.api.redFlag.oneLegSwelling']);
    expect(stretchedIn(chinese).summary).toMatch(/^在有“睡前拉伸”的日子之后的3个夜晚里/);
    // A factor with too few nights says so in the language, with the counts.
    const warmBath = (answer: { factors: { factor: string; summary: string }[] }) =>
      answer.factors.find((f) => f.factor === 'warmBath')!.summary;
    expect(warmBath(russian)).toMatch(
      /^Пока слишком мало ночей для сравнения: 0 ночей после дня с «Тёплая ванна» и 0 ночей без этого/,
    );

    // Only the sentences change: every number, key and enum is the same as in English.
    for (const answer of [russian, japanese, chinese]) {
      const strip = (a: typeof english) => ({
        ...a,
        factors: a.factors.map((f: Record<string, unknown>) => ({ ...f, label: '', summary: '' })),
        redFlags: a.redFlags.map((f: Record<string, unknown>) => ({ ...f, message: '' })),
      });
      expect(strip(answer)).toEqual(strip(english));
      for (const factor of answer.factors) expect(factor.summary).not.toMatch(/[A-Za-z]{3,}/);
    }
  });

  it('answers an empty diary with zeros', async () => {
    const { cookie: fresh } = await signUp(app);
    const response = await app.inject({ method: 'GET', url: '/api/insights', headers: { cookie: fresh } });
    expect(response.json()).toMatchObject({
      totals: { episodes: 0, nightEpisodes: 0, nights: 0, checkins: 0, withIntensity: 0 },
      nightShare: null,
      relief: [],
      redFlags: [],
    });
  });

  it.each([
    ['?from=2026-11-16&to=2026-11-14', 'to'],
    ['?from=last-week', 'from'],
    ['?to=2026-02-30', 'to'],
    ['?from=2026-11-14T00:00:00Z', 'from'],
    ['?to=9999-12-31', 'to'],
    ['?from=1899-12-31', 'from'],
    ['?window=7', 'window'],
  ])('answers 400 for %s naming %s', async (query, field) => {
    const response = await app.inject({ method: 'GET', url: `/api/insights${query}`, headers: { cookie } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toHaveProperty(field);
  });
});
