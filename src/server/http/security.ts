// Security headers and the cross-site request guard.
import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';
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

export function helmetOptions(publicUrl: string | undefined): HelmetOptions {
  return {
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    // same-origin, not no-referrer: under no-referrer browsers send `Origin: null` on our own form posts
    // (the no-JavaScript questionnaire), which the guard below must refuse. Other sites still get nothing.
    referrerPolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: publicUrl?.startsWith('https:') ? { maxAge: 15552000 } : false,
  };
}

/**
 * The security headers for an answer made outside the routing (a malformed URL, an over-long parameter),
 * where no hook runs: the same set helmet adds to every routed answer.
 */
export function applySecurityHeaders(
  publicUrl: string | undefined,
): (request: FastifyRequest, reply: FastifyReply) => void {
  const middleware = helmet(helmetOptions(publicUrl));
  return (request, reply) => middleware(request.raw, reply.raw, () => {});
}

export async function installSecurity(
  app: FastifyInstance,
  opts: { publicUrl: string | undefined },
): Promise<void> {
  await app.register(fastifyHelmet, helmetOptions(opts.publicUrl) as Parameters<typeof fastifyHelmet>[1]);
  const publicOrigin = opts.publicUrl ? new URL(opts.publicUrl).origin : undefined;

  // Answers under /api/ carry health data or account state: no browser or proxy keeps a copy unless a
  // route says otherwise.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) {
      reply.header('cache-control', 'no-store');
    }
  });

  app.addHook('onRequest', async (request) => {
    if (!STATE_CHANGING.has(request.method)) return;
    // SMART Health Link manifests are fetched by other sites' systems and carry no cookie authority.
    if (request.routeOptions.url?.startsWith('/api/shl/')) return;
    const origin = request.headers.origin;
    if (origin === undefined) {
      if (request.headers['sec-fetch-site'] === 'cross-site') throw crossSite();
      return;
    }
    // `Origin: null` comes from privacy settings and sandboxed frames alike; only the browser's own
    // Sec-Fetch-Site (which pages cannot set) can vouch that such a request is ours.
    if (origin === 'null' && request.headers['sec-fetch-site'] === 'same-origin') return;
    if (!isSameSite(origin, `${request.protocol}://${request.host}`, publicOrigin)) throw crossSite();
  });
}

function crossSite(): AppError {
  return new AppError('cross_site_request', 'Requests from other sites are not accepted.');
}

/**
 * Whether the Origin is this site: the public origin, or the scheme and host this request came to
 * (behind a trusted proxy, as the proxy says). The scheme counts: http://host is not https://host.
 */
export function isSameSite(origin: string, requestOrigin: string, publicOrigin: string | undefined): boolean {
  if (origin === 'null') return false;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (publicOrigin && parsed.origin === publicOrigin) return true;
  try {
    return parsed.origin === new URL(requestOrigin).origin;
  } catch {
    return false;
  }
}
