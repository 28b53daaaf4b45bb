// `crampwise user delete --email …`: removes a person and every record of theirs (for the server's operator).
import type { Command } from 'commander';
import type { Kysely } from 'kysely';
import { loadConfig } from '../../server/config.js';
import { purgeDeletedRows } from '../../server/db/purge.js';
import { deleteUser, findUserByEmail } from '../../server/db/repos/users.js';
import { CliError } from '../cli-error.js';
import { openConfiguredStore } from '../store-from-config.js';

export function registerUserCommand(program: Command): void {
  const user = program.command('user').description('Manage accounts');
  user
    .command('delete')
    .description('Delete an account and all of its data (diary, check-ins, triage history, sessions)')
    .requiredOption('--email <email>', 'the account email (any letter case)')
    .option('--yes', 'confirm the deletion; without it nothing is deleted')
    .action(async (options: { email: string; yes?: boolean }) => {
      const config = loadConfig();
      const store = await openConfiguredStore(config);
      try {
        const found = await findUserByEmail(store.db, options.email);
        if (!found) throw new CliError(`No account has the email ${options.email}.`);
        if (!options.yes) {
          throw new CliError(
            `This would delete ${found.email} and all of their data. Run again with --yes to delete.`,
          );
        }
        await deleteUser(store.db, found.id);
        await purgeDeletedRows(store.db as Kysely<unknown>, store.kind);
        console.log(`Deleted ${found.email} and all of their data.`);
      } finally {
        await store.close();
      }
    });
}
