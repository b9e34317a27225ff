/**
 * Helpers for this module's tests only (imported by *.test.ts): a municipality file with changed
 * values, to prove that pages come from configuration.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../../kernel/config';
import type { Municipality } from '../../kernel/config';

/** Writes a copy of config/iserlohn.json with `change` applied (module keys such as `legal` too, and the logo beside it); returns the file path. */
export function writeMunicipalityFile(change: (municipality: Municipality) => Municipality & Record<string, unknown>): { file: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'stadtportal-config-'));
  const source = resolve(PROJECT_ROOT, 'config/iserlohn.json');
  const municipality = JSON.parse(readFileSync(source, 'utf8')) as Municipality;
  copyFileSync(resolve(PROJECT_ROOT, 'config', municipality.logo.file), join(dir, municipality.logo.file));
  const file = join(dir, 'municipality.json');
  writeFileSync(file, JSON.stringify(change(municipality), null, 2));
  return { file, dir };
}
