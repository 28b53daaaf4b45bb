// GET /robots.txt: plain text for crawlers (it used to fall through to the app's HTML shell).
import type { FastifyPluginAsync } from 'fastify';

export const ROBOTS_TXT = 'User-agent: *\nDisallow: /api/\nDisallow: /offline\nAllow: /\n';

export const robotsRoutes: FastifyPluginAsync = async (app) => {
  app.get('/robots.txt', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/plain; charset=utf-8').header('cache-control', 'public, max-age=86400').send(ROBOTS_TXT),
  );
};
