import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after } from 'node:test';
import { MODULES } from '../../registry';
import { ConfigError, loadConfig as loadWith, PROJECT_ROOT } from './index';

/** The configuration tests' helpers (config.test.ts, another-municipality.test.ts). */

/** The portal's configuration: the kernel's settings and those of every registered module. */
export const loadConfig = (env: Record<string, string>) => loadWith(env, MODULES);

const dirs: string[] = [];
after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A temporary directory, removed after the test file. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stadtportal-config-'));
  dirs.push(dir);
  return dir;
}

export const ISERLOHN = JSON.parse(readFileSync(resolve(PROJECT_ROOT, 'config/iserlohn.json'), 'utf8')) as Record<string, unknown>;

/** Writes a municipality file: Iserlohn's with `changes` applied on top. */
export function municipalityFile(changes: Record<string, unknown>, dir = tempDir()): string {
  const file = join(dir, 'municipality.json');
  // The logo is looked up beside the file; Iserlohn's is copied so only the changes are at fault.
  copyFileSync(resolve(PROJECT_ROOT, 'config/iserlohn-logo.svg'), join(dir, 'iserlohn-logo.svg'));
  writeFileSync(file, JSON.stringify({ ...ISERLOHN, ...changes }, null, 2));
  return file;
}

/** The problems of a configuration that must be refused; fails when it is accepted. */
export function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig({ DATA_DIR: tempDir(), ...env });
  } catch (error) {
    assert.ok(error instanceof ConfigError, `expected ConfigError, got ${String(error)}`);
    assert.equal(error.name, 'ConfigError');
    assert.ok(error.message.startsWith('Die Konfiguration ist ungültig:\n'), error.message);
    for (const problem of error.problems) assert.ok(error.message.includes(`  - ${problem}`), `message lists "${problem}"`);
    return error.problems;
  }
  assert.fail('the configuration was accepted');
}

export function assertProblem(problems: string[], pattern: RegExp): void {
  assert.ok(
    problems.some((problem) => pattern.test(problem)),
    `expected a problem matching ${pattern} in:\n${problems.join('\n')}`,
  );
}
