import { describe, expect, it } from 'vitest';
import { EPISODE_FIELDS } from './episode-fields.js';
import { EPISODE_SCHEMA_FIELDS, EpisodeCreateRequest, EpisodePatchRequest } from './episodes.js';

describe('EPISODE_FIELDS', () => {
  it('names the episode schema fields in the schema order', () => {
    expect([...EPISODE_FIELDS]).toEqual(EPISODE_SCHEMA_FIELDS);
  });

  it('is what a person can send: every create field but the client id, and every patch field', () => {
    expect(Object.keys(EpisodeCreateRequest.shape).filter((k) => k !== 'id')).toEqual([...EPISODE_FIELDS]);
    expect(Object.keys(EpisodePatchRequest.shape)).toEqual([...EPISODE_FIELDS]);
  });
});
