// GET /relief: the server-rendered cramp page, with the emergency number for the person's region.
import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { emergencyNumberFor } from '../../core/triage/index.js';
import type { AppContext } from '../context.js';
import { requestRegion } from '../http/request-region.js';
import { CSP_DIRECTIVES } from '../http/security.js';
import { renderReliefPage } from '../pages/relief-page.js';
import { RELIEF_SCRIPT } from '../pages/relief-script.js';

/** The CSP source expression that allows exactly this inline script. */
export function scriptHashSource(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/**
 * The site's Content-Security-Policy header with extra script sources, written as helmet writes it
 * (a null directive is left out, as helmet does), so the two stay in step.
 */
export function cspHeader(extraScriptSources: readonly string[]): string {
  return Object.entries(CSP_DIRECTIVES)
    .flatMap(([name, values]) => {
      if (values === null) return [];
      const directive = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      const sources = directive === 'script-src' ? [...values, ...extraScriptSources] : values;
      return [sources.length > 0 ? `${directive} ${sources.join(' ')}` : directive];
    })
    .join(';');
}

export const reliefRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const csp = cspHeader([scriptHashSource(RELIEF_SCRIPT)]);

  app.get('/relief', { schema: { hide: true } }, async (request, reply) => {
    const { region, source } = await requestRegion(ctx, request);
    const html = renderReliefPage({
      emergency: emergencyNumberFor(region),
      regionSource: source,
      locale: request.locale,
      publicUrl: ctx.config.publicUrl,
    });
    return (
      reply
        .type('text/html; charset=utf-8')
        .header('content-security-policy', csp)
        .header('cache-control', 'no-cache')
        // The service worker keys its saved copy by this (src/web/service-worker/sw.ts).
        .header('content-language', request.locale)
        .header('vary', 'Cookie, Accept-Language')
        .send(html)
    );
  });
};
