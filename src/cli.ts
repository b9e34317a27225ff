import { openAndMigrate } from './bootstrap';
import { CommandError, parseOptions, UsageError } from './cli/args';
import { findCommand } from './cli/commands';
import { commandHelp, generalHelp } from './cli/help';
import { ConfigError, loadConfig } from './kernel/config';
import { DataDirLockedError, MigrationError } from './kernel/db';
import { AppError } from './kernel/http';
import { MODULES } from './registry';

/**
 * `npm run cli -- <command> [options]`. Exit codes: 0 done, 1 the command failed, 2 wrong usage
 * (nothing was changed). Arguments are checked before the database is opened, so typos fail fast.
 */
async function run(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    if (name === undefined) {
      console.error(generalHelp());
      return 2;
    }
    console.log(generalHelp());
    return 0;
  }
  const command = findCommand(name);
  if (!command) throw new UsageError(`Unbekannter Befehl „${name}“. Alle Befehle: npm run cli -- --help`);
  const values = parseOptions(command.options, args, command.positional);
  if (values.help === true) {
    console.log(commandHelp(command));
    return 0;
  }
  command.check?.(values);
  const config = loadConfig(process.env, MODULES);
  const { database, deps, applied } = await openAndMigrate(config, MODULES);
  try {
    await command.run({ deps, modules: MODULES, applied }, values);
  } finally {
    await database.close();
  }
  return 0;
}

const SERVER_RUNNING_HINT = [
  'Die Kommandozeile braucht dieselbe eingebettete Datenbank (PGlite) wie der Server, und die darf nur ein Prozess öffnen.',
  'Beenden Sie zuerst den Server (npm start) und rufen Sie den Befehl dann noch einmal auf.',
  'Mit PostgreSQL (DATABASE_URL) dürfen Server und Kommandozeile gleichzeitig laufen.',
].join('\n');

function report(error: unknown, commandName: string | undefined): number {
  if (error instanceof UsageError) {
    console.error(`Fehler: ${error.message}`);
    if (commandName && findCommand(commandName)) console.error(`Hilfe: npm run cli -- ${commandName} --help`);
    return 2;
  }
  if (error instanceof DataDirLockedError) {
    console.error(`${error.message}\n\n${SERVER_RUNNING_HINT}`);
    return 1;
  }
  if (error instanceof ConfigError || error instanceof MigrationError || error instanceof CommandError) {
    console.error(error instanceof CommandError ? `Fehler: ${error.message}` : error.message);
    return 1;
  }
  if (error instanceof AppError) {
    // A use case refused the change (e.g. address taken, last admin); its messages are written for people.
    const messages = error.fields ? Object.values(error.fields) : [error.userMessage];
    console.error(messages.map((message) => `Fehler: ${message}`).join('\n'));
    return 1;
  }
  console.error(`Unerwarteter Fehler: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return 1;
}

const argv = process.argv.slice(2);
process.exitCode = await run(argv).catch((error: unknown) => report(error, argv[0]));
