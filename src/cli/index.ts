#!/usr/bin/env node
// The command line: every command registers itself here; errors print as plain messages.
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../server/config.js';
import { DataDirLockedError } from '../server/db/data-dir-lock.js';
import { CliError } from './cli-error.js';
import { registerContentCommand } from './commands/content.js';
import { registerMigrateCommand } from './commands/migrate.js';
import { registerServeCommand } from './commands/serve.js';
import { registerTriageCommand } from './commands/triage.js';
import { registerUserCommand } from './commands/user.js';

export function buildProgram(): Command {
  const program = new Command('crampwise')
    .description('Crampwise: leg cramps and leg pain in pregnancy — relief, triage, knowledge and a diary')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  registerServeCommand(program);
  registerMigrateCommand(program);
  registerUserCommand(program);
  registerTriageCommand(program);
  registerContentCommand(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  // Whatever the store and the CLI write (data files, WAL, the session secret) is readable by its owner only.
  process.umask(0o077);
  try {
    await buildProgram().parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof CliError) {
      console.error(error.message);
      return error.exitCode;
    }
    if (error instanceof ConfigError || error instanceof DataDirLockedError) {
      console.error(error.message);
      return 2;
    }
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

const code = await main(process.argv);
// serve keeps the process alive by listening; every other command ends here.
if (code !== 0) process.exit(code);
