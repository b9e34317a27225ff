import type { z } from 'zod';
import { describeIssues, germanIssue } from './german-issues';

export type NodeEnv = 'development' | 'production' | 'test';

/** What settings are read from: the environment and the municipality file, as given (not yet validated). */
export interface SettingsSource {
  env: Readonly<Record<string, string | undefined>>;
  /** The municipality file's top-level object; undefined when it is missing or not JSON (already reported). */
  file: Readonly<Record<string, unknown>> | undefined;
  /** Path of the municipality file, the prefix of its problems. */
  fileName: string;
  nodeEnv: NodeEnv;
}

/**
 * Settings a module declares in its manifest (`settings: [...]`): the config loader validates them
 * at start together with the kernel's, every problem in one ConfigError; the module reads them
 * typed with `moduleSettings(deps, declaration)`. Create with `defineSettings`.
 */
export interface ModuleSettings<T> {
  /** Unique name under which the loaded value is kept, e.g. `accounts.oidc`. */
  readonly key: string;
  /** Pushes every problem and answers undefined, or answers the typed settings. */
  readonly load: (source: SettingsSource, problems: string[]) => { value: T } | undefined;
  /** Its keys of the municipality file: the check for unknown keys (typos) reads them. */
  readonly fileSchema?: z.ZodObject;
  /** The environment variables it reads: the check for misspelled variables knows them. */
  readonly envNames: readonly string[];
}

type AnyObject = z.ZodObject;
type EmptyObject = z.ZodObject<Record<never, never>>;

export interface SettingsDeclaration<E extends AnyObject, F extends AnyObject, T> {
  /** Environment variables the module reads (other variables are ignored); problems name the variable. */
  env?: E;
  /** Top-level keys of the municipality file the module reads; problems name the file and the key. */
  file?: F;
  /**
   * The typed settings from the validated parts; `problem()` reports a rule across fields (set
   * together, refused in production). Called only when both parts are valid.
   */
  resolve: (parts: { env: z.output<E>; file: z.output<F>; nodeEnv: NodeEnv }, problem: (message: string) => void) => T;
}

export function defineSettings<T, E extends AnyObject = EmptyObject, F extends AnyObject = EmptyObject>(
  key: string,
  declaration: SettingsDeclaration<E, F, T>,
): ModuleSettings<T> {
  return {
    key,
    ...(declaration.file ? { fileSchema: declaration.file } : {}),
    envNames: declaration.env ? Object.keys(declaration.env.shape) : [],
    load(source, problems) {
      const env = declaration.env ? declaration.env.safeParse(source.env, { error: germanIssue }) : { success: true as const, data: {} };
      if (!env.success) problems.push(...describeIssues('', env.error));
      // A file that could not be read is reported by the kernel once; its keys are not checked again.
      if (!source.file) return undefined;
      const file = declaration.file ? declaration.file.safeParse(source.file, { error: germanIssue }) : { success: true as const, data: {} };
      if (!file.success) problems.push(...describeIssues(`${source.fileName}: `, file.error, { withoutUnknownKeys: true }));
      if (!env.success || !file.success) return undefined;
      const before = problems.length;
      const value = declaration.resolve({ env: env.data as z.output<E>, file: file.data as z.output<F>, nodeEnv: source.nodeEnv }, (message) =>
        problems.push(message),
      );
      return problems.length === before ? { value } : undefined;
    },
  };
}

/** Loads every declaration; a key declared twice is a programming error, reported like any problem. */
export function loadModuleSettings(declarations: readonly ModuleSettings<unknown>[], source: SettingsSource, problems: string[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const seen = new Set<string>();
  for (const declaration of declarations) {
    if (seen.has(declaration.key)) problems.push(`Einstellungen ${declaration.key} werden von zwei Modulen erklärt (Programmfehler)`);
    seen.add(declaration.key);
    const loaded = declaration.load(source, problems);
    if (loaded) values[declaration.key] = loaded.value;
  }
  return values;
}

/** A module's typed settings, as loaded at start. */
export function moduleSettings<T>(deps: { config: { settings: Readonly<Record<string, unknown>> } }, declaration: ModuleSettings<T>): T {
  if (!(declaration.key in deps.config.settings)) {
    throw new Error(`settings ${declaration.key} were not loaded: list the module's settings in its manifest and pass the modules to loadConfig`);
  }
  return deps.config.settings[declaration.key] as T;
}
