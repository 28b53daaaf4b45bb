// The names of the fields a person fills in about an episode, in the order the API documents them. Plain
// values without zod, so the browser bundle imports them for free; src/contract/episodes.ts checks at
// compile time that they are exactly its schema's fields, and its test that they come in the same order.
export const EPISODE_FIELDS = [
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

export type EpisodeFieldName = (typeof EPISODE_FIELDS)[number];
