import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { z } from 'zod';
import { describeIssues, germanIssue } from './german-issues';
import { unknownKeyProblems } from './unknown-keys';
import type { Config } from './load';
import { PROJECT_ROOT } from './project-root';

/**
 * Demo packs: everything a municipality's demo shows (departments, Leistungen, news, demo accounts,
 * the demo citizen's Anträge) lives in `demo/<demoPack>/<part>.json` beside the municipality file,
 * one file per module, so a second municipality needs no code. A pack is looked up beside the
 * municipality file first, then among the packs shipped in `config/demo/` (a copied municipality
 * file keeps working with the shipped pack).
 */
export class DemoPackError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DemoPackError';
  }
}

type PackConfig = Pick<Config, 'configDir'> & { municipality: Pick<Config['municipality'], 'demoPack'> };

/**
 * One file of a demo pack as a module reads it (manifest `demoPack`): its name without `.json` and
 * its schema, so the configuration check validates every pack file at start, not one module's
 * file at a time while seeding.
 */
export interface DemoPackPart {
  part: string;
  schema: z.ZodType;
}

/** The folder of the configured pack, or undefined when the municipality names none. */
export function demoPackDir(config: PackConfig): string | undefined {
  const name = config.municipality.demoPack;
  if (!name) return undefined;
  const candidates = [resolve(config.configDir, 'demo', name), resolve(PROJECT_ROOT, 'config/demo', name)];
  const found = candidates.find((dir) => existsSync(dir));
  if (!found) throw new DemoPackError(`Demo-Paket "${name}" nicht gefunden (gesucht in ${candidates.join(' und ')})`);
  return found;
}

/**
 * Reads and validates one module's part of the pack (`<part>.json`) with the module's schema.
 * Returns undefined when the municipality has no pack, or the pack has no file for this module
 * (that module then seeds nothing). Invalid content fails with the file and every field named.
 */
export function readDemoPack<S extends z.ZodType>(config: PackConfig, part: string, schema: S): z.output<S> | undefined {
  const dir = demoPackDir(config);
  if (!dir) return undefined;
  const file = resolve(dir, `${part}.json`);
  if (!existsSync(file)) return undefined;
  const problems: string[] = [];
  const parsed = readPackFile(file, schema, problems);
  if (problems.length > 0) throw new DemoPackError(`Das Demo-Paket ist ungültig:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  return parsed;
}

/**
 * One pack file read and validated; every problem (file and field, in German) pushed, undefined then.
 * With `unknownKeys` (the configuration check of the parts the manifests declare) a key no schema
 * reads is a problem too, as in the municipality file: that content would silently be missing.
 */
export function readPackFile<S extends z.ZodType>(file: string, schema: S, problems: string[], { unknownKeys = false } = {}): z.output<S> | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push(`${file} ist kein gültiges JSON: ${(error as Error).message}`);
    return undefined;
  }
  const parsed = schema.safeParse(raw, { error: germanIssue });
  const unknown = unknownKeys ? unknownKeyProblems([schema], raw, `${file}: `) : [];
  problems.push(...(parsed.success ? [] : describeIssues(`${file}: `, parsed.error, { withoutUnknownKeys: true })), ...unknown);
  return parsed.success && unknown.length === 0 ? parsed.data : undefined;
}
