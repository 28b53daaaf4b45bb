import { describe, expect, it } from 'vitest';
import { EPISODE_ENTRY_FIELDS } from '../../contract/episode-fields';
import { type Episode, fieldsOf } from './diary-api';

const episode: Episode = {
  id: '0b6f2c1e-8d7a-4f3b-9a2e-5c4d3b2a1f00',
  startedAt: '2026-03-01T02:10:00.000Z',
  durationSeconds: 90,
  muscles: ['calf', 'foot'],
  side: 'left',
  intensity: 7,
  wokeFromSleep: true,
  reliefTried: ['calf-stretch', 'massage'],
  reliefHelped: ['calf-stretch'],
  minutesToRelief: 3,
  notes: 'after a long walk',
  createdAt: '2026-03-01T02:15:00.000Z',
  updatedAt: '2026-03-01T02:15:00.000Z',
};

describe('fieldsOf', () => {
  it('copies every field the contract names, and nothing the server sets', () => {
    const fields = fieldsOf(episode);
    expect(Object.keys(fields)).toEqual([...EPISODE_ENTRY_FIELDS]);
    const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = episode;
    expect(fields).toEqual(rest);
  });

  it('copies the lists, so changing the copy leaves the episode as it was', () => {
    const fields = fieldsOf(episode);
    fields.muscles.push('thigh');
    fields.reliefTried.pop();
    expect(episode.muscles).toEqual(['calf', 'foot']);
    expect(episode.reliefTried).toEqual(['calf-stretch', 'massage']);
  });
});
