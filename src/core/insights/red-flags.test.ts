import { describe, expect, it } from 'vitest';
import { ZoneClock } from './local-time.js';
import { localizeEpisodes } from './localize.js';
import { findRedFlags, mentionsRedWarmOrSwollenLeg } from './red-flags.js';
import type { CheckinFact, EpisodeFact } from './types.js';

describe('notes that describe a red, warm, hot or swollen leg', () => {
  it.each([
    'Left calf is red and warm',
    'swollen left leg this morning',
    'Some swelling in my right calf',
    'my leg feels hot',
    'RED, hot calf!',
    'calves looked puffy',
    'cramp again and the calf is sore and warm',
    'Redness on the back of my thigh',
    'left leg is really quite swollen',
    'The calf looks red. Going to bed.',
    'hot spot on my left calf',
    'a red patch on my lower leg',
  ])('flags %j', (note) => {
    expect(mentionsRedWarmOrSwollenLeg(note)).toBe(true);
  });

  it.each([
    'warm bath helped my legs',
    'hot water bottle on my calf',
    'legs not swollen today',
    'my calf isn\u2019t swollen',
    'no swelling in my legs',
    'swollen ankles in the evening',
    'face went red. Leg cramp at 3am',
    'calf cramp, stretched and it eased',
    'red socks on, legs tired',
    '',
  ])('does not flag %j', (note) => {
    expect(mentionsRedWarmOrSwollenLeg(note)).toBe(false);
  });
});

describe('the same notes in Russian, Chinese and Japanese', () => {
  it.each([
    'Левая икра красная и горячая',
    'Утром опухла левая нога',
    'нога покраснела и болит',
    'Бедро горячее на ощупь.',
    'Икра отекла сильнее, чем другая',
    '左小腿又红又肿',
    '右腿发烫，有点疼',
    '今天左脚肿了',
    '大腿后面发红',
    '左のふくらはぎが赤くて熱い',
    '右足が腫れている',
    '太ももに熱感がある',
    '片脚だけむくんでいる',
  ])('flags %j', (note) => {
    expect(mentionsRedWarmOrSwollenLeg(note)).toBe(true);
  });

  it.each([
    'Ноги не отекли',
    'тёплая ванна помогла ногам',
    'грелка на икру, стало легче',
    'Лицо покраснело. Ночью свело ногу',
    '腿没有肿',
    '热敷小腿后好多了',
    '脚踝有点肿',
    '泡脚后小腿舒服了',
    '脚は腫れていない',
    'お風呂で足を温めた',
    '水分不足で赤い顔',
    'ふくらはぎがつった。ストレッチで治った',
  ])('does not flag %j', (note) => {
    expect(mentionsRedWarmOrSwollenLeg(note)).toBe(false);
  });
});

describe('red flags in the diary', () => {
  const checkin = (date: string, answers: Partial<CheckinFact>): CheckinFact => ({
    date,
    stretchedBeforeBed: null,
    warmBath: null,
    legsElevated: null,
    compressionStockings: null,
    sleptOnLeftSide: null,
    supplements: null,
    swelling: null,
    notes: null,
    ...answers,
  });
  const episode = (id: string, startedAt: string, notes: string | null): EpisodeFact => ({
    id,
    startedAt,
    intensity: null,
    wokeFromSleep: false,
    reliefTried: [],
    reliefHelped: [],
    minutesToRelief: null,
    notes,
  });

  it('lists one-leg swelling, matching notes and the episode they came from, oldest first', () => {
    const checkins = [
      checkin('2026-05-03', { swelling: 'one-leg', notes: 'right calf swollen and warm' }),
      checkin('2026-05-01', { swelling: 'both-ankles', notes: 'ankles puffy' }),
      checkin('2026-05-02', { swelling: 'none' }),
    ];
    // 23:30Z on 1 May is 09:30 on 2 May in Sydney.
    const episodes = localizeEpisodes(
      [
        episode('a', '2026-05-01T23:30:00Z', 'calf red and hot after'),
        episode('b', '2026-05-01T10:00:00Z', 'usual cramp'),
      ],
      new ZoneClock('Australia/Sydney'),
    );
    const flags = findRedFlags(checkins, episodes);
    expect(flags.map(({ date, reason, source, episodeId }) => ({ date, reason, source, episodeId }))).toEqual(
      [
        { date: '2026-05-02', reason: 'red-warm-or-swollen-leg-in-notes', source: 'episode', episodeId: 'a' },
        { date: '2026-05-03', reason: 'one-leg-swelling', source: 'checkin', episodeId: null },
        {
          date: '2026-05-03',
          reason: 'red-warm-or-swollen-leg-in-notes',
          source: 'checkin',
          episodeId: null,
        },
      ],
    );
    for (const flag of flags) expect(flag.message).toMatch(/answer a few questions/i);
  });

  it('finds nothing in an ordinary diary', () => {
    expect(findRedFlags([checkin('2026-05-01', { swelling: 'both-ankles' })], [])).toEqual([]);
  });
});
