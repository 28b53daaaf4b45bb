// Runs the migrations, listed here in order so they ship inside the build without a folder scan.
import { type Kysely, type Migration, type MigrationResultSet, Migrator } from 'kysely';
import * as accounts from './migrations/0001-accounts.js';
import * as diary from './migrations/0002-diary.js';
import * as triageResults from './migrations/0003-triage-results.js';
import * as birthDate from './migrations/0004-birth-date.js';
import * as recordLimits from './migrations/0005-record-limits.js';
import * as maternityUnit from './migrations/0006-maternity-unit.js';
import * as sharedState from './migrations/0007-shared-state.js';
import * as shares from './migrations/0008-shares.js';
import * as plan from './migrations/0009-plan.js';
import * as foodLog from './migrations/0010-food-log.js';
import * as language from './migrations/0011-language.js';

const migrations: Record<string, Migration> = {
  '0001-accounts': accounts,
  '0002-diary': diary,
  '0003-triage-results': triageResults,
  '0004-birth-date': birthDate,
  '0005-record-limits': recordLimits,
  '0006-maternity-unit': maternityUnit,
  '0007-shared-state': sharedState,
  '0008-shares': shares,
  '0009-plan': plan,
  '0010-food-log': foodLog,
  '0011-language': language,
};

export async function migrateToLatest(db: Kysely<unknown>): Promise<MigrationResultSet> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const result = await migrator.migrateToLatest();
  if (result.error) throw result.error;
  return result;
}
