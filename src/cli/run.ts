import type { ModuleDeps, ModuleManifest } from '../kernel/module';
import { BackupError } from '../kernel/backup';
import { ConfigError, type Config } from '../kernel/config';
import { DataDirLockedError, MigrationError } from '../kernel/db';
import { AppError } from '../kernel/http';
import { CommandError, parseOptions, UsageError } from './args';
import { findCommand } from './commands';
import { commandHelp, generalHelp } from './help';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** The environment the configuration is read from (config:check); the process's own by default. */
  env?: NodeJS.ProcessEnv;
}

/** The configuration alone, for the commands that open the database themselves (backup, restore). */
export interface CliConfiguration {
  config: Config;
  modules: readonly ModuleManifest[];
}

/** The opened, migrated database: the process's own in src/cli.ts, the test app's in the CLI tests. */
export interface CliDatabase {
  deps: ModuleDeps;
  modules: readonly ModuleManifest[];
  applied: readonly string[];
  close(): Promise<void>;
}

/**
 * `npm run cli -- <command> [options]`. Exit codes: 0 done, 1 the command failed, 2 wrong usage
 * (nothing was changed). Arguments are checked before the database is opened, so typos fail fast.
 */
export async function runCli(argv: readonly string[], io: CliIo, open: () => Promise<CliDatabase>, configure?: () => CliConfiguration): Promise<number> {
  try {
    return await run(argv, io, open, configure);
  } catch (error) {
    return report(error, argv[0], io);
  }
}

async function run([name, ...args]: readonly string[], io: CliIo, open: () => Promise<CliDatabase>, configure?: () => CliConfiguration): Promise<number> {
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    if (name === undefined) {
      io.err(generalHelp());
      return 2;
    }
    io.out(generalHelp());
    return 0;
  }
  const command = findCommand(name);
  if (!command) throw new UsageError(`Unbekannter Befehl „${name}“. Alle Befehle: npm run cli -- --help`);
  const values = parseOptions(command.options, args, command.positional);
  if (values.help === true) {
    io.out(commandHelp(command));
    return 0;
  }
  command.check?.(values);
  if ('runWithoutDatabase' in command) return command.runWithoutDatabase(values, { env: io.env ?? process.env, out: io.out });
  if ('withoutDatabase' in command) {
    if (!configure) throw new CommandError(`${command.name} braucht die Konfiguration der Installation.`);
    await command.run({ ...configure(), out: io.out }, values);
    return 0;
  }
  const { deps, modules, applied, close } = await open();
  try {
    await command.run({ deps, modules, applied, out: io.out }, values);
  } finally {
    await close();
  }
  return 0;
}

const SERVER_RUNNING_HINT = [
  'Die Kommandozeile braucht dieselbe eingebettete Datenbank (PGlite) wie der Server, und die darf nur ein Prozess öffnen.',
  'Beenden Sie zuerst den Server (npm start) und rufen Sie den Befehl dann noch einmal auf.',
  'Mit PostgreSQL (DATABASE_URL) dürfen Server und Kommandozeile gleichzeitig laufen.',
].join('\n');

function report(error: unknown, commandName: string | undefined, io: CliIo): number {
  if (error instanceof UsageError) {
    io.err(`Fehler: ${error.message}`);
    if (commandName && findCommand(commandName)) io.err(`Hilfe: npm run cli -- ${commandName} --help`);
    return 2;
  }
  if (error instanceof DataDirLockedError) {
    io.err(`${error.message}\n\n${SERVER_RUNNING_HINT}`);
    return 1;
  }
  if (error instanceof ConfigError || error instanceof MigrationError || error instanceof CommandError || error instanceof BackupError) {
    io.err(error instanceof CommandError || error instanceof BackupError ? `Fehler: ${error.message}` : error.message);
    return 1;
  }
  if (error instanceof AppError) {
    // A use case refused the change (e.g. address taken, last admin); its messages are written for people.
    const messages = error.fields ? Object.values(error.fields) : [error.userMessage];
    io.err(messages.map((message) => `Fehler: ${message}`).join('\n'));
    return 1;
  }
  io.err(`Unerwarteter Fehler: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return 1;
}
