// `crampwise serve`: opens the store, runs migrations, listens, and shuts down cleanly on SIGTERM/SIGINT.
import type { Command } from 'commander';
import { loadKnowledgeBase } from '../../content/knowledge-base.js';
import { LOCALES } from '../../i18n/locales.js';
import { buildApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { warmLanguages } from '../../server/localized-knowledge.js';
import { openConfiguredStore } from '../store-from-config.js';

export async function serve(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const config = loadConfig(env);
  const store = await openConfiguredStore(config);
  const app = await buildApp({ config, store });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      app.log.error('shutdown took too long; exiting');
      process.exit(1);
    }, 10_000);
    timer.unref();
    try {
      await app.close();
      await store.close();
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, 'error during shutdown');
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await store.close();
    throw error;
  }
  const where = config.databaseUrl ? 'PostgreSQL' : `embedded PGlite in ${config.dataDir}`;
  app.log.info(
    `Crampwise is ready on http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port} (store: ${where})`,
  );
  void warmLanguages(
    loadKnowledgeBase(),
    LOCALES.filter((locale) => locale !== 'en'),
    app.log,
  );
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description(
      'Start the web server (PORT, HOST, DATA_DIR or DATABASE_URL from the environment); migrates first',
    )
    .action(async () => serve());
}
