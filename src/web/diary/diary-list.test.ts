import { describe, expect, it } from 'vitest';
import type { Episode } from './diary-api';
import { whereLabel } from './diary-labels';
import { groupByDay, isNightEpisode, type ListedEpisode, mergeWaiting } from './diary-list';
import { diaryIntl } from './test-intl';

const episode = (id: string, startedAt: string, extra: Partial<Episode> = {}): Episode => ({
  id,
  startedAt,
  durationSeconds: null,
  muscles: ['calf'],
  side: null,
  intensity: null,
  wokeFromSleep: false,
  reliefTried: [],
  reliefHelped: [],
  minutesToRelief: null,
  notes: null,
  createdAt: startedAt,
  updatedAt: startedAt,
  ...extra,
});

describe('groupByDay', () => {
  it('groups newest first by the date on the person’s calendar', () => {
    const items = [
      episode('a', '2026-11-20T10:00:00Z'),
      episode('b', '2026-11-21T23:30:00Z'), // 22 November in Berlin
      episode('c', '2026-11-21T08:00:00Z'),
      episode('d', '2026-11-21T22:59:00Z'), // 21 November, 23:59 in Berlin
    ];
    const groups = groupByDay(items, 'Europe/Berlin');
    expect(groups.map((g) => [g.date, g.items.map((e) => e.id)])).toEqual([
      ['2026-11-22', ['b']],
      ['2026-11-21', ['d', 'c']],
      ['2026-11-20', ['a']],
    ]);
    expect(groupByDay(items, 'UTC').map((g) => g.date)).toEqual(['2026-11-21', '2026-11-20']);
  });

  it('orders cramps at the same moment by id, as the server pages them', () => {
    const same = '2026-11-21T03:00:00Z';
    const groups = groupByDay([episode('1', same), episode('3', same), episode('2', same)], 'UTC');
    expect(groups[0]?.items.map((e) => e.id)).toEqual(['3', '2', '1']);
  });

  it('has no groups for no episodes', () => {
    expect(groupByDay([], 'UTC')).toEqual([]);
  });
});

describe('isNightEpisode', () => {
  it('counts 22:00 to 06:00 on the person’s clock, or a cramp that woke them', () => {
    const night = (time: string, woke = false) =>
      isNightEpisode({ startedAt: `2026-11-21T${time}:00Z`, wokeFromSleep: woke }, 'UTC');
    expect(night('21:59')).toBe(false);
    expect(night('22:00')).toBe(true);
    expect(night('03:00')).toBe(true);
    expect(night('05:59')).toBe(true);
    expect(night('06:00')).toBe(false);
    expect(night('14:00', true)).toBe(true);
    // 23:30 UTC is 00:30 in Berlin (night) and 18:30 in New York (evening).
    expect(isNightEpisode({ startedAt: '2026-11-21T23:30:00Z', wokeFromSleep: false }, 'Europe/Berlin')).toBe(
      true,
    );
    expect(
      isNightEpisode({ startedAt: '2026-11-21T23:30:00Z', wokeFromSleep: false }, 'America/New_York'),
    ).toBe(false);
  });
});

describe('mergeWaiting', () => {
  it('shows a waiting copy instead of the stored one, and nothing twice', () => {
    const stored = [
      episode('a', '2026-11-21T03:00:00Z', { intensity: 2 }),
      episode('b', '2026-11-20T03:00:00Z'),
    ];
    const waiting: ListedEpisode[] = [
      { ...episode('a', '2026-11-21T03:00:00Z', { intensity: 8 }), pending: true, problem: null },
      { ...episode('c', '2026-11-22T03:00:00Z'), pending: true, problem: null },
    ];
    const merged = mergeWaiting(stored, waiting);
    expect(merged.map((e) => [e.id, e.intensity, e.pending])).toEqual([
      ['a', 8, true],
      ['c', null, true],
      ['b', null, false],
    ]);
  });
});

describe('whereLabel', () => {
  const en = diaryIntl('en');
  it('names the side and the muscles in plain words', () => {
    expect(whereLabel(en, ['calf'], null)).toBe('Calf');
    expect(whereLabel(en, ['calf'], 'left')).toBe('Left calf');
    expect(whereLabel(en, ['calf', 'foot'], 'both')).toBe('Calf and foot, both legs');
    expect(whereLabel(en, ['calf', 'thigh', 'toes'], 'right')).toBe('Right calf, thigh and toes');
  });

  it('says it in Chinese, Russian and Japanese, with each language’s own list words', () => {
    const [zh, ru, ja] = (['zh-Hans', 'ru', 'ja'] as const).map((locale) => diaryIntl(locale));
    expect(whereLabel(zh!, ['calf'], 'left')).toBe('左侧小腿');
    expect(whereLabel(zh!, ['calf', 'thigh', 'toes'], 'both')).toBe('小腿、大腿和脚趾，双腿');
    expect(whereLabel(ru!, ['calf'], null)).toBe('Икра');
    expect(whereLabel(ru!, ['calf', 'foot'], 'left')).toBe('Икра и стопа, левая нога');
    expect(whereLabel(ru!, ['thigh', 'calf', 'toes'], 'right')).toBe('Бедро, икра и пальцы ног, правая нога');
    expect(whereLabel(ja!, ['calf'], 'right')).toBe('右のふくらはぎ');
    expect(whereLabel(ja!, ['calf', 'thigh'], 'both')).toBe('両脚のふくらはぎと太もも');
  });
});
