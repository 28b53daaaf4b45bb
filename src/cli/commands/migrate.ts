// `crampwise migrate`: brings the store's schema up to date and says what it applied.
import type { Command } from 'commander';
import type { Kysely } from 'kysely';
import { loadConfig } from '../../server/config.js';
import { migrateToLatest } from '../../server/db/migrate.js';
import { openConfiguredStore } from '../store-from-config.js';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('Apply database migrations to the configured store (PGlite in DATA_DIR, or DATABASE_URL)')
    .action(async () => {
      const config = loadConfig();
      const store = await openConfiguredStore(config, { migrate: false });
      try {
        const result = await migrateToLatest(store.db as Kysely<unknown>);
        const applied = result.results ?? [];
        if (applied.length === 0) console.log('The database is up to date.');
        for (const r of applied)
          console.log(`${r.status === 'Success' ? 'applied' : r.status}: ${r.migrationName}`);
      } finally {
        await store.close();
      }
    });
}
