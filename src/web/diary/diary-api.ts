// Typed calls to the diary API. The wire contract is src/contract/{episodes,checkins,insights}.ts; the
// types here are inferred from its schemas, so a field added there reaches the web app without copying.
import type { Checkin, CheckinList } from '../../contract/checkins';
import { EPISODE_ENTRY_FIELDS } from '../../contract/episode-fields';
import type { Episode, EpisodeList } from '../../contract/episodes';
import type { Insights } from '../../contract/insights';
import { ApiError, api } from '../api';

export type { Checkin, Episode, Insights };

/** What a person can fill in or change about an episode. */
export type EpisodeFields = Omit<Episode, 'id' | 'createdAt' | 'updatedAt'>;

/** POST /api/episodes: a client id and a start; every other field has a server default. */
export type EpisodeCreate = Partial<EpisodeFields> & { id: string; startedAt: string };
export type EpisodePatch = Partial<EpisodeFields>;

/** PUT /api/checkins/:date replaces the whole day, so every answer is sent each time. */
export type CheckinFields = Omit<Checkin, 'date' | 'createdAt' | 'updatedAt'>;

export type EpisodePage = EpisodeList;

const query = (params: Record<string, string | number | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
};

const episodePath = (id: string) => `/api/episodes/${encodeURIComponent(id)}`;

export const createEpisode = (body: EpisodeCreate) => api<Episode>('POST', '/api/episodes', body);
export const getEpisode = (id: string) => api<Episode>('GET', episodePath(id));
export const patchEpisode = (id: string, patch: EpisodePatch) =>
  api<Episode>('PATCH', episodePath(id), patch);
export const deleteEpisode = (id: string) => api<void>('DELETE', episodePath(id));
export const listEpisodes = (params: { limit?: number; cursor?: string; from?: string; to?: string } = {}) =>
  api<EpisodePage>('GET', `/api/episodes${query(params)}`);

export const putCheckin = (date: string, fields: CheckinFields) =>
  api<Checkin>('PUT', `/api/checkins/${encodeURIComponent(date)}`, fields);
export const listCheckins = (params: { from?: string; to?: string } = {}) =>
  api<CheckinList>('GET', `/api/checkins${query(params)}`);

/**
 * The check-in for a date, or null when there is none. Asked as a one-day list: a day not yet checked in
 * is the ordinary case, and GET /api/checkins/<date> would answer it with a 404 the console reports.
 */
export async function getCheckin(date: string): Promise<Checkin | null> {
  const { items } = await listCheckins({ from: date, to: date });
  return items.find((c) => c.date === date) ?? null;
}

export const getInsights = (params: { from?: string; to?: string } = {}) =>
  api<Insights>('GET', `/api/insights${query(params)}`);

export const EXPORT_JSON_URL = '/api/export';
export const EXPORT_CSV_URL = '/api/export/episodes.csv';

/** The network is down or the server is failing for now: the same request may work later. */
export function isTransient(error: unknown): boolean {
  return (
    error instanceof ApiError && (error.code === 'offline' || error.status === 429 || error.status >= 500)
  );
}

/**
 * The full set of fields of an episode, for a PATCH or for re-creating it after an undo. The names come from
 * the contract, so a field added to the episode schema is carried too.
 */
export function fieldsOf(episode: EpisodeFields): EpisodeFields {
  const fields: Record<string, unknown> = {};
  for (const name of EPISODE_ENTRY_FIELDS) {
    const value = episode[name];
    fields[name] = Array.isArray(value) ? [...value] : value;
  }
  return fields as EpisodeFields;
}

/** A random v4 UUID; `crypto.randomUUID` exists only on secure origins (https, localhost). */
export function newEpisodeId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
