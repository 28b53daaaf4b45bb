// GET /offline: the service worker's fallback page, rendered for this person (region, maternity unit)
// whenever they are online, so the copy on the phone names the numbers they would need.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { whoToCall } from '../../core/call/who-to-call.js';
import { emergencyNumberFor } from '../../core/triage/index.js';
import type { AppContext } from '../context.js';
import { localeForPerson } from '../http/locale.js';
import { requestRegion } from '../http/request-region.js';
import { renderOfflinePage } from '../pages/offline-page.js';
import { maternityUnitOf, signedInUser } from '../person.js';

export const offlineRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get('/offline', { schema: { hide: true } }, async (request, reply) => {
    const { region } = await requestRegion(ctx, request);
    const user = await signedInUser(ctx, request);
    const maternityUnit = maternityUnitOf(user);
    const locale = user ? localeForPerson(request, user) : request.locale;
    const html = renderOfflinePage({
      emergency: emergencyNumberFor(region),
      sameDay: whoToCall({ maternityUnit, region }),
      locale,
      region,
      maternityUnit,
    });
    // Content-Language tells the service worker which language its saved copy is in.
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('vary', 'Cookie, Accept-Language')
      .header('content-language', locale)
      .send(html);
  });
};
