// Which country a request comes from, for naming the right emergency number: the profile, else the
// browser's languages, else the deployment's REGION.
import type { FastifyRequest } from 'fastify';
import { regionFromLocale } from '../../core/triage/index.js';
import type { AppContext } from '../context.js';
import { findUserById } from '../db/repos/users.js';

export type RegionSource = 'profile' | 'language' | 'default';

/** Longer headers are not a browser's; they are ignored rather than parsed. */
const MAX_HEADER_LENGTH = 500;

/**
 * The region of the most preferred language that names one, or undefined.
 * @example regionFromAcceptLanguage('en;q=0.9, ja-JP') // 'JP'
 */
export function regionFromAcceptLanguage(header: string | undefined): string | undefined {
  if (!header || header.length > MAX_HEADER_LENGTH) return undefined;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.q > 0 && entry.tag !== '' && entry.tag !== '*')
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const region = regionFromLocale(tag);
    if (region !== undefined) return region;
  }
  return undefined;
}

export async function requestRegion(
  ctx: AppContext,
  request: FastifyRequest,
): Promise<{ region: string; source: RegionSource }> {
  if (request.auth) {
    const user = await findUserById(ctx.db, request.auth.userId);
    if (user?.region) return { region: user.region, source: 'profile' };
  }
  const fromLanguage = regionFromAcceptLanguage(request.headers['accept-language']);
  if (fromLanguage !== undefined) return { region: fromLanguage, source: 'language' };
  return { region: ctx.config.region, source: 'default' };
}
