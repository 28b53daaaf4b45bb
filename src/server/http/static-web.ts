// Serves the built web app: hashed assets cached for a year, the HTML shell never cached.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { packageRoot } from '../../content/paths.js';
import { isLocale, type Locale } from '../../i18n/locales.js';
import { notFound } from '../errors.js';
import { manifestIn, shellWordsIn } from './shell-words.js';

const YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * The shell with the request's language on <html>, marked as the server's choice (the web app reads it;
 * a shell without the mark, such as /index.html saved for offline use, leaves the choice to the app).
 */
export function shellIn(shell: string, locale: Locale): string {
  return shellWordsIn(shell, locale).replace(
    /<html lang="[^"]*">/,
    `<html lang="${locale}" data-locale="server">`,
  );
}

export async function installStaticWeb(app: FastifyInstance, webDir: string): Promise<void> {
  const indexFile = join(webDir, 'index.html');
  const built = existsSync(indexFile);
  if (built) {
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: false,
      // Our own headers below decide caching; the plugin's default would say max-age=0 for everything.
      cacheControl: false,
      setHeaders(res, path) {
        if (path.includes(`${join(webDir, 'assets')}`)) {
          res.setHeader('cache-control', `public, max-age=${YEAR_SECONDS}, immutable`);
        } else {
          res.setHeader('cache-control', 'no-cache');
        }
      },
    });
  }
  const shell = built ? readFileSync(indexFile, 'utf8') : null;

  // The install manifest in each language (the built /manifest.webmanifest stays the English one).
  const builtManifest = join(webDir, 'manifest.webmanifest');
  const manifest = JSON.parse(
    readFileSync(
      existsSync(builtManifest)
        ? builtManifest
        : join(packageRoot, 'src', 'web', 'public', 'manifest.webmanifest'),
      'utf8',
    ),
  );
  app.get('/manifest/:file', { schema: { hide: true } }, async (request, reply) => {
    const { file } = request.params as { file: string };
    const locale = file.endsWith('.webmanifest') ? file.slice(0, -'.webmanifest'.length) : '';
    if (!isLocale(locale)) throw notFound(`GET ${request.url.split('?')[0]}`);
    return reply
      .type('application/manifest+json')
      .header('cache-control', 'no-cache')
      .send(JSON.stringify(manifestIn(manifest, locale)));
  });

  // Every other GET that wants a page gets the app shell; the client router draws the page.
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === 'GET' && !request.url.startsWith('/api/') && request.url !== '/api';
    if (!wantsPage) throw notFound(`${request.method} ${request.url.split('?')[0]}`);
    if (!shell) {
      return reply
        .status(503)
        .type('text/plain')
        .send('The web app has not been built yet. Run `npm run build`, then start again.');
    }
    // The shell names the negotiated language, so the web app starts in the same one as the server pages.
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .header('vary', 'Accept-Language, Cookie')
      .header('content-language', request.locale)
      .send(shellIn(shell, request.locale));
  });
}
