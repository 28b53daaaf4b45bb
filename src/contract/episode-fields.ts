// The names of the fields a person fills in about an episode, in the order the API documents them. Plain
// values without zod, so the browser bundle imports them for free; src/contract/episodes.ts checks at
// compile time that they are exactly its schema's fields, and episode-fields.test.ts that they come in the
// same order and that the defaults are the ones the create schema fills in.
export const EPISODE_ENTRY_FIELDS = [
  'startedAt',
  'durationSeconds',
  'muscles',
  'side',
  'intensity',
  'wokeFromSleep',
  'reliefTried',
  'reliefHelped',
  'minutesToRelief',
  'notes',
] as const;

export type EpisodeFieldName = (typeof EPISODE_ENTRY_FIELDS)[number];

/**
 * What POST /api/episodes stores for a field left out (everything but startedAt): what a cramp still waiting
 * on the phone shows until the server has it.
 */
export const EPISODE_DEFAULTS = {
  durationSeconds: null,
  muscles: ['calf'],
  side: null,
  intensity: null,
  wokeFromSleep: false,
  reliefTried: [],
  reliefHelped: [],
  minutesToRelief: null,
  notes: null,
} as const satisfies Record<Exclude<EpisodeFieldName, 'startedAt'>, unknown>;
