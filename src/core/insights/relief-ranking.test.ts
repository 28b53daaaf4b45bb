import { describe, expect, it } from 'vitest';
import { rankRelief } from './relief-ranking.js';
import type { EpisodeFact } from './types.js';
import type { ReliefMethod } from './vocabulary.js';

function episode(tried: ReliefMethod[], helped: ReliefMethod[], minutesToRelief: number | null): EpisodeFact {
  return {
    id: 'x',
    startedAt: '2026-05-01T03:00:00Z',
    intensity: 5,
    wokeFromSleep: true,
    reliefTried: tried,
    reliefHelped: helped,
    minutesToRelief,
    notes: null,
  };
}

describe('relief ranking', () => {
  const episodes = [
    episode(['calf-stretch', 'massage'], ['calf-stretch'], 5),
    episode(['calf-stretch'], ['calf-stretch'], 10),
    episode(['calf-stretch', 'walk'], ['walk'], 3),
    episode(['massage'], ['massage'], null),
    episode(['walk', 'heat'], ['walk', 'heat'], 7),
    episode(['heat'], [], null),
    episode(['paracetamol'], ['paracetamol'], 20),
    episode(['paracetamol'], [], null),
    episode(['paracetamol'], ['paracetamol'], 40),
    episode(['paracetamol'], [], 15),
  ];

  it('ranks by helped / tried, ties by more tries and then the usual order, with shared ranks', () => {
    // walk 2/2; calf-stretch 2/3; paracetamol 2/4, massage 1/2 and heat 1/2 tie at one half.
    expect(rankRelief(episodes).map((r) => [r.method, r.rank, r.helped, r.tried])).toEqual([
      ['walk', 1, 2, 2],
      ['calf-stretch', 2, 2, 3],
      ['paracetamol', 3, 2, 4],
      ['massage', 3, 1, 2],
      ['heat', 3, 1, 2],
    ]);
  });

  it('takes the median minutes over episodes where the method helped', () => {
    const byMethod = Object.fromEntries(rankRelief(episodes).map((r) => [r.method, r]));
    expect(byMethod.walk).toMatchObject({ medianMinutesToRelief: 5, minutesRecorded: 2 }); // 3 and 7
    expect(byMethod['calf-stretch']).toMatchObject({ medianMinutesToRelief: 7.5, minutesRecorded: 2 }); // 5 and 10
    // 15 minutes came from an episode where paracetamol did not help, so it is not counted.
    expect(byMethod.paracetamol).toMatchObject({ medianMinutesToRelief: 30, minutesRecorded: 2 }); // 20 and 40
    expect(byMethod.heat).toMatchObject({ medianMinutesToRelief: 7, minutesRecorded: 1 });
    expect(byMethod.massage).toMatchObject({ medianMinutesToRelief: null, minutesRecorded: 0 });
  });

  it('gives each share a Wilson interval and treats 1/3 and 2/6 as a tie', () => {
    const ranked = rankRelief([
      ...Array.from({ length: 6 }, (_, i) => episode(['heat'], i < 2 ? ['heat'] : [], null)),
      ...Array.from({ length: 3 }, (_, i) => episode(['massage'], i < 1 ? ['massage'] : [], null)),
    ]);
    expect(ranked.map((r) => [r.method, r.rank])).toEqual([
      ['heat', 1],
      ['massage', 1],
    ]);
    expect(ranked[0]!.helpedShare).toBeCloseTo(1 / 3, 10);
    expect(ranked[0]!.interval.low).toBeLessThan(1 / 3);
    expect(ranked[0]!.interval.high).toBeGreaterThan(1 / 3);
    // Fewer tries, wider interval.
    expect(ranked[1]!.interval.high - ranked[1]!.interval.low).toBeGreaterThan(
      ranked[0]!.interval.high - ranked[0]!.interval.low,
    );
  });

  it('lists only methods that were tried', () => {
    expect(rankRelief([])).toEqual([]);
    expect(rankRelief([episode([], [], 5)])).toEqual([]);
  });
});
