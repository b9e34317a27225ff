import type { Config } from '../../kernel/config';
import type { ModuleDeps, ModuleManifest } from '../../kernel/module';
import type { OptionSpec, Values } from '../args';

export interface CliContext {
  deps: ModuleDeps;
  modules: readonly ModuleManifest[];
  /** Migrations applied when the database was opened (every command migrates first, like the server). */
  applied: readonly string[];
  /** What the command reports: stdout of the process, or a buffer when a test calls runCli. */
  out(text: string): void;
}

/** For the commands that must not open (and so migrate and seed) the database first: backup and restore. */
export interface ConfigContext {
  config: Config;
  modules: readonly ModuleManifest[];
  out(text: string): void;
}

interface CommandBase {
  name: string;
  summary: string;
  usage: string;
  description: string[];
  options: Record<string, OptionSpec>;
  /** The option a single bare argument fills, e.g. `file` for `forms:import-fim SCHEMA.xml`. */
  positional?: string;
  /** Checks that need no database, so a typo fails fast without starting PGlite. */
  check?(values: Values): void;
}

/** A command on the opened, migrated database (most of them). */
export interface DatabaseCommand extends CommandBase {
  run(context: CliContext, values: Values): Promise<void>;
}

/** A command that handles the database itself, given only the (valid) configuration: backup and restore. */
export interface ConfigCommand extends CommandBase {
  withoutDatabase: true;
  run(context: ConfigContext, values: Values): Promise<void>;
}

/**
 * A command that must run without even a valid configuration: `config:check` checks the very
 * configuration the database would be opened with. Answers the exit code itself (0 or 1).
 */
export interface OfflineCommand extends CommandBase {
  runWithoutDatabase(values: Values, context: { env: NodeJS.ProcessEnv; out(text: string): void }): number;
}

export type Command = DatabaseCommand | ConfigCommand | OfflineCommand;
