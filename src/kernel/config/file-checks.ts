import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { z } from 'zod';
import type { ModuleManifest } from '../module';
import { contrastRatio } from './contrast';
import { DemoPackError, demoPackDir, readPackFile } from './demo-pack';
import { describeIssues, germanIssue } from './german-issues';
import { PROJECT_ROOT } from './project-root';
import { municipalitySchema, type Municipality } from './schema';
import { unknownKeyProblems } from './unknown-keys';

/**
 * The municipality file's checks at start: readable JSON, the kernel's keys, keys nobody reads
 * (typos), the contrast of its colours, and the files it names (logo, demo pack). Each pushes every
 * problem it finds, in German with the file and the key's path, so one start lists them all.
 */

/** The municipality file as JSON, for the kernel's keys and the modules' keys; undefined (reported) when unreadable. */
export function readMunicipalityFile(file: string, problems: string[]): Record<string, unknown> | undefined {
  if (!existsSync(file)) {
    problems.push(`CONFIG_FILE: die Gemeindedatei ${file} gibt es nicht`);
    return undefined;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push(`CONFIG_FILE: ${file} ist kein gültiges JSON: ${(error as Error).message}`);
    return undefined;
  }
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) return raw as Record<string, unknown>;
  problems.push(`${file}: die Gemeindedatei muss ein JSON-Objekt { … } sein`);
  return undefined;
}

export function readMunicipality(file: string, raw: Record<string, unknown> | undefined, problems: string[]): Municipality | undefined {
  if (!raw) return undefined;
  const parsed = municipalitySchema.safeParse(raw, { error: germanIssue });
  if (!parsed.success) problems.push(...describeIssues(`${file}: `, parsed.error));
  // The contrast is checked whenever the colours themselves are valid, so it is reported together with other problems.
  const theme = municipalitySchema.shape.theme.safeParse(raw.theme);
  if (theme.success) {
    const { primary, primaryContrast } = theme.data;
    const ratio = contrastRatio(primary, primaryContrast);
    if (ratio < 4.5) {
      problems.push(
        `${file}: theme.primaryContrast: der Kontrast zu theme.primary ist ${ratio.toFixed(2).replace('.', ',')}:1, die WCAG verlangen mindestens 4,5:1`,
      );
    }
    if (contrastRatio(primary, '#ffffff') < 4.5) {
      problems.push(`${file}: theme.primary: die Farbe färbt Links und Text auf Weiß und braucht dort einen Kontrast von mindestens 4,5:1`);
    }
  }
  return parsed.success ? parsed.data : undefined;
}

/** Top-level keys and nested keys that neither the kernel nor any module reads. */
export function checkUnknownKeys(
  file: string,
  raw: Record<string, unknown> | undefined,
  modules: readonly Pick<ModuleManifest, 'settings'>[],
  problems: string[],
  /** False when only some modules are loaded: a top-level key may be another module's. */
  topLevel = true,
): void {
  if (raw) problems.push(...unknownKeyProblems(municipalityFileSchemas(modules), raw, `${file}: `, { topLevel }));
}

/** The schemas that read the municipality file: the kernel's and every module's `file` part. */
export function municipalityFileSchemas(modules: readonly Pick<ModuleManifest, 'settings'>[]): z.ZodType[] {
  const moduleSchemas = modules.flatMap((module) => module.settings ?? []).flatMap((settings) => (settings.fileSchema ? [settings.fileSchema] : []));
  return [municipalitySchema, ...moduleSchemas];
}

/** Where the logo is looked for: beside the municipality file, then in public/ (kernel/http/assets.ts serves the first found). */
export function logoCandidates(configDir: string, file: string): string[] {
  return [resolve(configDir, file), resolve(PROJECT_ROOT, 'public', file)];
}

/**
 * The parts of the file that name other files, each valid on its own: the files are checked even
 * when another key of the file is wrong, so one run lists those problems too.
 */
export function namedFiles(raw: Record<string, unknown> | undefined): Pick<Municipality, 'logo' | 'map' | 'demoPack'> {
  const { shape } = municipalitySchema;
  const part = <T>(schema: { safeParse: (value: unknown) => { success: boolean; data?: T } }, value: unknown): T | undefined => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  };
  return {
    logo: part(shape.logo, raw?.logo) ?? { file: '', alt: '' },
    map: part(shape.map, raw?.map),
    demoPack: part(shape.demoPack, raw?.demoPack),
  };
}

export function checkLogo(configFile: string, configDir: string, logo: Municipality['logo'], problems: string[]): void {
  if (!logo.file) return;
  const candidates = logoCandidates(configDir, logo.file);
  if (candidates.some((candidate) => existsSync(candidate))) return;
  problems.push(`${configFile}: logo.file: die Datei ${logo.file} fehlt (gesucht in ${candidates.join(' und ')})`);
}

/** The demo pack's folder and every file a module reads from it (manifest `demoPack`), each with its fields. */
export function checkDemoPack(
  configFile: string,
  config: { configDir: string; municipality: Pick<Municipality, 'demoPack'> },
  modules: readonly Pick<ModuleManifest, 'demoPack'>[],
  problems: string[],
): void {
  let dir: string | undefined;
  try {
    dir = demoPackDir(config);
  } catch (error) {
    if (!(error instanceof DemoPackError)) throw error;
    problems.push(`${configFile}: demoPack: ${error.message}`);
    return;
  }
  if (!dir) return;
  for (const { part, schema } of modules.flatMap((module) => module.demoPack ?? [])) {
    const file = resolve(dir, `${part}.json`);
    if (existsSync(file)) readPackFile(file, schema, problems, { unknownKeys: true });
  }
}
