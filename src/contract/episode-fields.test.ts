import { describe, expect, it } from 'vitest';
import { EPISODE_DEFAULTS } from './episode-fields.js';
import {
  EPISODE_ENTRY_FIELDS,
  EPISODE_FIELDS,
  EPISODE_SCHEMA_FIELDS,
  Episode,
  EpisodeCreateRequest,
  EpisodePatchRequest,
} from './episodes.js';

// The episode field list was written out in the export, the repository and the web app; these lists are
// now the one place, so they must cover every request and answer schema exactly.
describe('the episode field lists', () => {
  it('list every field of the answer, id first and the stamps last', () => {
    expect(EPISODE_FIELDS).toEqual(Object.keys(Episode.shape));
    expect(EPISODE_FIELDS[0]).toBe('id');
    expect(EPISODE_FIELDS.slice(-2)).toEqual(['createdAt', 'updatedAt']);
  });

  it('name the entry fields in the schema order, as the zod-free list the browser imports', () => {
    expect([...EPISODE_ENTRY_FIELDS]).toEqual(EPISODE_SCHEMA_FIELDS);
  });

  it('list as entry fields exactly what PATCH takes and what POST takes besides the id', () => {
    expect(Object.keys(EpisodeCreateRequest.shape).filter((k) => k !== 'id')).toEqual([
      ...EPISODE_ENTRY_FIELDS,
    ]);
    expect(Object.keys(EpisodePatchRequest.shape)).toEqual([...EPISODE_ENTRY_FIELDS]);
    expect(EPISODE_FIELDS.filter((field) => !['id', 'createdAt', 'updatedAt'].includes(field))).toEqual([
      ...EPISODE_ENTRY_FIELDS,
    ]);
  });

  it('have the defaults the create schema fills in for every field but the start', () => {
    const startedAt = '2026-03-01T02:10:00Z';
    const { startedAt: _start, ...defaults } = EpisodeCreateRequest.parse({ startedAt });
    expect(defaults).toEqual(EPISODE_DEFAULTS);
  });
});
