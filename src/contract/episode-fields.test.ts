import { describe, expect, it } from 'vitest';
import { EPISODE_DEFAULTS, EPISODE_FIELDS } from './episode-fields.js';
import { EPISODE_SCHEMA_FIELDS, EpisodeCreateRequest, EpisodePatchRequest } from './episodes.js';

describe('EPISODE_FIELDS', () => {
  it('names the episode schema fields in the schema order', () => {
    expect([...EPISODE_FIELDS]).toEqual(EPISODE_SCHEMA_FIELDS);
  });

  it('is what a person can send: every create field but the client id, and every patch field', () => {
    expect(Object.keys(EpisodeCreateRequest.shape).filter((k) => k !== 'id')).toEqual([...EPISODE_FIELDS]);
    expect(Object.keys(EpisodePatchRequest.shape)).toEqual([...EPISODE_FIELDS]);
  });

  it('has the defaults the create schema fills in for every field but the start', () => {
    const startedAt = '2026-03-01T02:10:00Z';
    const { startedAt: _start, ...defaults } = EpisodeCreateRequest.parse({ startedAt });
    expect(defaults).toEqual(EPISODE_DEFAULTS);
  });
});
