import { parseArgs } from 'node:util';

/** Wrong or missing arguments: the command did not start (exit code 2). */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The command started but could not do its work, e.g. an unknown account (exit code 1). */
export class CommandError extends Error {
  override name = 'CommandError';
}

export interface OptionSpec {
  type: 'string' | 'boolean';
  multiple?: boolean;
  /** Shown in the help, e.g. `<adresse>`. */
  placeholder?: string;
  description: string;
}

export type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

const HELP: OptionSpec = { type: 'boolean', description: 'Diese Hilfe anzeigen' };

/**
 * Strict parsing: an unknown or misspelt option is an error, never silently ignored. A command may
 * take one bare argument as the value of one of its options (`forms:import-fim SCHEMA.xml`).
 */
export function parseOptions(options: Record<string, OptionSpec>, args: string[], positional?: string): Values {
  const config = Object.fromEntries(
    Object.entries({ ...options, help: HELP }).map(([name, spec]) => [
      name,
      { type: spec.type, multiple: spec.multiple ?? false, ...(name === 'help' ? { short: 'h' } : {}) },
    ]),
  );
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({ args, options: config, strict: true, allowPositionals: positional !== undefined });
  } catch (error) {
    throw new UsageError(`Die Optionen sind nicht in Ordnung: ${(error as Error).message}`);
  }
  const [bare, ...extra] = parsed.positionals;
  if (positional === undefined || bare === undefined) return parsed.values;
  if (extra.length > 0 || parsed.values[positional] !== undefined) throw new UsageError(`Geben Sie nur eine Angabe für ${positional} an.`);
  return { ...parsed.values, [positional]: bare };
}

export function stringOption(values: Values, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

export function requiredString(values: Values, name: string): string {
  const value = stringOption(values, name)?.trim();
  if (!value) throw new UsageError(`Geben Sie --${name} an.`);
  return value;
}

export function listOption(values: Values, name: string): string[] {
  const value = values[name];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** Aligned columns for terminal lists; the last column is not padded. */
export function columns(rows: string[][]): string {
  const widths = rows[0]?.map((_, index) => Math.max(...rows.map((row) => (row[index] ?? '').length))) ?? [];
  return rows.map((row) => row.map((cell, index) => (index === row.length - 1 ? cell : cell.padEnd(widths[index] ?? 0))).join('  ')).join('\n');
}
