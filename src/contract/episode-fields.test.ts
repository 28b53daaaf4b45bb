import { describe, expect, it } from 'vitest';
import {
  EPISODE_ENTRY_FIELDS,
  EPISODE_FIELDS,
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

  it('list as entry fields exactly what PATCH takes and what POST takes besides the id', () => {
    expect([...EPISODE_ENTRY_FIELDS].sort()).toEqual(Object.keys(EpisodePatchRequest.shape).sort());
    expect(['id', ...EPISODE_ENTRY_FIELDS].sort()).toEqual(Object.keys(EpisodeCreateRequest.shape).sort());
    expect(EPISODE_FIELDS.filter((field) => !['id', 'createdAt', 'updatedAt'].includes(field))).toEqual(
      EPISODE_ENTRY_FIELDS,
    );
  });
});
