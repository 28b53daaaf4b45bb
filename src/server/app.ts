// The app factory: builds the Fastify instance around an injected store, so tests run it in-process.
import { join } from 'node:path';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { loadKnowledgeBase } from '../content/knowledge-base.js';
import { packageRoot } from '../content/paths.js';
import { installSessionPurge, installSessionResolution } from './auth/session.js';
import { SessionCache } from './auth/session-cache.js';
import { checkRoutes } from './check/routes.js';
import type { Config } from './config.js';
import { type AppContext, DEFAULT_RATE_LIMITS, type RateLimits } from './context.js';
import type { Store } from './db/connect.js';
import { sharedSecret } from './db/repos/app-secrets.js';
import { installControlCharacterGuard } from './http/control-characters.js';
import { frameworkErrorHandler, installErrorHandling, logSafeError } from './http/error-handler.js';
import { installLocale } from './http/locale.js';
import { installOpenApi } from './http/openapi.js';
import { applySecurityHeaders, installSecurity } from './http/security.js';
import { installStaticWeb } from './http/static-web.js';
import { installWriteLimit } from './http/write-limit.js';
import { ReminderLoop } from './plan/reminder-loop.js';
import { vapidKeySource } from './plan/vapid-store.js';
import { authRoutes } from './routes/auth.js';
import { checkinRoutes } from './routes/checkins.js';
import { episodeRoutes } from './routes/episodes.js';
import { exportRoutes } from './routes/export.js';
import { healthRoutes } from './routes/health.js';
import { insightRoutes } from './routes/insights.js';
import { knowledgeRoutes } from './routes/knowledge.js';
import { labRoutes } from './routes/labs.js';
import { learnPageRoutes } from './routes/learn-pages.js';
import { meRoutes } from './routes/me.js';
import { nutritionRoutes } from './routes/nutrition.js';
import { offlineRoutes } from './routes/offline.js';
import { planRoutes } from './routes/plan.js';
import { reliefRoutes } from './routes/relief.js';
import { reportRoutes } from './routes/report.js';
import { robotsRoutes } from './routes/robots.js';
import { searchRoutes } from './routes/search.js';
import { sessionRoutes } from './routes/session.js';
import { shareLinkRoutes } from './routes/share-link.js';
import { shareRoutes } from './routes/shares.js';
import { triageRoutes } from './routes/triage.js';

export type AppDeps = {
  config: Config;
  store: Store;
  now?: () => Date;
  rateLimits?: Partial<RateLimits>;
  /** Log output; defaults to JSON lines on stdout at the configured level. */
  logger?: boolean;
  /** Where the log lines go instead of stdout (tests read them). */
  logStream?: { write(line: string): void };
  webDir?: string;
  /** Plan reminders by Web Push: how often the loop looks (default a minute); loopback http for tests. */
  reminders?: { intervalMs?: number; allowLoopbackHttp?: boolean };
};

export const DEFAULT_WEB_DIR = join(packageRoot, 'dist', 'web');

/**
 * Fastify trusts nothing for a bare number (it cannot tell a proxy from a client), so a hop count becomes
 * "the first n hops from this server are proxies": right only when the app is reachable solely through them.
 */
function trustProxyOption(
  trust: Config['trustProxy'],
): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return trust;
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, store } = deps;
  const app = Fastify({
    logger:
      deps.logger === false
        ? false
        : {
            level: config.logLevel,
            redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
            serializers: {
              // Paths only: query strings can carry health questions (search, triage links).
              req: (req) => ({ method: req.method, url: req.url.split('?')[0], id: req.id }),
              // A database error carries its SQL and parameters (names, emails, notes): never logged.
              err: (error: Error) => logSafeError(error) as { type: string; message: string; stack: string },
            },
            ...(deps.logStream ? { stream: deps.logStream } : {}),
          },
    bodyLimit: 256 * 1024,
    trustProxy: trustProxyOption(config.trustProxy),
    // Slow clients: the whole request must arrive within requestTimeout however slowly it trickles;
    // an idle connection is closed after idleTimeout. Node checks requests against the timeout on an
    // interval, so the interval is kept well under the timeout.
    requestTimeout: config.requestTimeoutMs,
    connectionTimeout: config.idleTimeoutMs,
    http: {
      headersTimeout: Math.min(config.requestTimeoutMs, 20_000),
      connectionsCheckingInterval: Math.max(100, Math.min(30_000, Math.floor(config.requestTimeoutMs / 4))),
    },
    frameworkErrors: frameworkErrorHandler(applySecurityHeaders(config.publicUrl)),
  }).withTypeProvider<ZodTypeProvider>();
  app.server.maxConnections = config.maxConnections;

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const ctx: AppContext = {
    db: store.db,
    storeKind: store.kind,
    config,
    now: deps.now ?? (() => new Date()),
    rateLimits: { ...DEFAULT_RATE_LIMITS, ...deps.rateLimits },
    knowledge: loadKnowledgeBase(),
    sessions: new SessionCache(),
    sessionKey: config.sessionSecret ?? (await sharedSecret(store.db, 'session-key')),
  };

  installErrorHandling(app, { production: config.production });
  await app.register(cookie);
  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip', 'deflate'] });
  await installSecurity(app, { publicUrl: config.publicUrl });
  await installOpenApi(app);
  installSessionResolution(app, ctx);
  installLocale(app, ctx);
  installSessionPurge(app, ctx);
  installWriteLimit(app, ctx);
  installControlCharacterGuard(app);

  await app.register(healthRoutes, { ctx });
  await app.register(authRoutes, { ctx });
  await app.register(meRoutes, { ctx });
  await app.register(sessionRoutes, { ctx });
  await app.register(reliefRoutes, { ctx });
  await app.register(triageRoutes, { ctx });
  await app.register(checkRoutes, { ctx });
  await app.register(episodeRoutes, { ctx });
  await app.register(checkinRoutes, { ctx });
  await app.register(insightRoutes, { ctx });
  await app.register(exportRoutes, { ctx });
  await app.register(nutritionRoutes, { ctx });
  await app.register(labRoutes, { ctx });
  await app.register(reportRoutes, { ctx });
  await app.register(shareRoutes, { ctx });
  await app.register(shareLinkRoutes, { ctx });
  await app.register(knowledgeRoutes, { ctx });
  await app.register(searchRoutes, { ctx });
  await app.register(learnPageRoutes, { ctx });
  await app.register(offlineRoutes, { ctx });
  await app.register(robotsRoutes);
  const vapidKeys = vapidKeySource(store.kind, store.db, config.dataDir);
  await app.register(planRoutes, {
    ctx,
    vapidPublicKey: config.pushSubject ? async () => (await vapidKeys()).publicKey : null,
    allowLoopbackHttp: deps.reminders?.allowLoopbackHttp ?? false,
  });
  if (config.pushSubject) {
    const reminders = new ReminderLoop({
      db: ctx.db,
      knowledge: ctx.knowledge,
      now: ctx.now,
      ...deps.reminders,
      subject: config.pushSubject,
      vapidKeys,
      defaultTimeZone: config.defaultTimeZone,
      log: app.log,
    });
    app.addHook('onReady', async () => reminders.start());
    app.addHook('onClose', async () => reminders.stop());
  }
  await installStaticWeb(app, deps.webDir ?? DEFAULT_WEB_DIR);

  return app;
}
