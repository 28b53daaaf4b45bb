// Opens the store the configuration names: PostgreSQL with DATABASE_URL, else PGlite in DATA_DIR.
import type { Config } from '../server/config.js';
import { openStore, type Store } from '../server/db/connect.js';

export function openConfiguredStore(config: Config, options: { migrate?: boolean } = {}): Promise<Store> {
  return openStore(
    config.databaseUrl
      ? { kind: 'postgres', url: config.databaseUrl }
      : { kind: 'pglite', dataDir: config.dataDir },
    options,
  );
}
