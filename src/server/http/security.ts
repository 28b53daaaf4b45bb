// Security headers and the cross-site request guard.
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.js';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Content-Security-Policy: nothing from any other origin, no inline script unless a page adds its hash. */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  manifestSrc: ["'self'"],
  workerSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
};

export async function installSecurity(
  app: FastifyInstance,
  opts: { publicUrl: string | undefined },
): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    // same-origin, not no-referrer: under no-referrer browsers send `Origin: null` on our own form posts
    // (the no-JavaScript questionnaire), which the guard below must refuse. Other sites still get nothing.
    referrerPolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: opts.publicUrl?.startsWith('https:') ? { maxAge: 15552000 } : false,
  });
  const publicOrigin = opts.publicUrl ? new URL(opts.publicUrl).origin : undefined;

  app.addHook('onRequest', async (request) => {
    if (!STATE_CHANGING.has(request.method)) return;
    const origin = request.headers.origin;
    if (origin === undefined) {
      if (request.headers['sec-fetch-site'] === 'cross-site') throw crossSite();
      return;
    }
    // `Origin: null` comes from privacy settings and sandboxed frames alike; only the browser's own
    // Sec-Fetch-Site (which pages cannot set) can vouch that such a request is ours.
    if (origin === 'null' && request.headers['sec-fetch-site'] === 'same-origin') return;
    if (!isSameSite(origin, request.headers.host, publicOrigin)) throw crossSite();
  });
}

function crossSite(): AppError {
  return new AppError('cross_site_request', 'Requests from other sites are not accepted.');
}

export function isSameSite(
  origin: string,
  host: string | undefined,
  publicOrigin: string | undefined,
): boolean {
  if (origin === 'null') return false;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (publicOrigin && parsed.origin === publicOrigin) return true;
  return host !== undefined && parsed.host === host;
}
