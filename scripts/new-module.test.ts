import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PROJECT_ROOT } from '../src/kernel/config';
import { refusal } from './module-generator';

const ROOT = PROJECT_ROOT;
const COPIED = ['src', 'scripts', 'config', 'public', 'tests/support', 'package.json', 'tsconfig.json', 'eslint.config.js', 'drizzle.config.ts'];

/** Runs a command in the copy; output kept for the assertion message. */
function run(cwd: string, command: string, args: string[]): { status: number | null; output: string } {
  // Without NODE_TEST_CONTEXT: a child `node --test` would otherwise think it runs inside this test and skip its files.
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * `npm run new:module -- beispiel` on a copy of the repository: the new module must pass the type
 * check, the linter and its own generated tests without a single edit.
 */
describe('npm run new:module', { timeout: 900_000 }, () => {
  let dir: string;
  const generator = (name: string) => run(dir, process.execPath, ['--import', 'tsx', 'scripts/new-module.ts', name]);

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'stadtportal-new-module-'));
    for (const path of COPIED) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      cpSync(join(ROOT, path), join(dir, path), { recursive: true });
    }
    // Every package linked, but an own .cache: the copy's PGlite template (new migration, new hash) is thrown away with it.
    mkdirSync(join(dir, 'node_modules'));
    for (const entry of readdirSync(join(ROOT, 'node_modules')).filter((name) => name !== '.cache')) {
      symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses invalid, reserved and existing names with a clear message and writes nothing', () => {
    const registry = readFileSync(join(dir, 'src/registry.ts'), 'utf8');
    // One run of the real script proves exit code and output; the other names go to the same check in this process.
    const { status, output } = generator('Beispiel');
    assert.equal(status, 1);
    assert.match(output, /kein gültiger Modulname/);
    for (const [name, message] of [
      ['', /Bitte geben Sie einen Namen an/],
      ['fund_buero', /kein gültiger Modulname/],
      ['fundbüro', /Umlaute als ae, oe, ue/],
      ['2fa', /kein gültiger Modulname/],
      ['a--b', /kein gültiger Modulname/],
      ['verwaltung', /ist reserviert/],
      ['services', /gibt es schon/],
    ] as const) {
      assert.match(refusal(dir, name) ?? 'accepted', message, name);
    }
    assert.equal(refusal(dir, 'fundbuero'), null, 'a good name passes');
    assert.equal(readFileSync(join(dir, 'src/registry.ts'), 'utf8'), registry, 'the registry is unchanged');
  });

  it('writes a module that type-checks, lints and passes its own tests unchanged', () => {
    const generated = generator('beispiel');
    assert.equal(generated.status, 0, generated.output);
    const folder = join(dir, 'src/modules/beispiel');
    for (const file of [
      'index.ts',
      'audit-actions.ts',
      'paths.ts',
      'routes.tsx',
      'schemas.ts',
      'use-cases/list-entries.ts',
      'repository.ts',
      'tables.ts',
      'policies.ts',
      'views/public-page.tsx',
      'views/staff-list.tsx',
      'demo/index.ts',
      'beispiel.test.ts',
      'migrations/meta/_journal.json',
    ]) {
      assert.ok(existsSync(join(folder, file)), file);
    }
    assert.match(
      readFileSync(join(dir, 'src/registry.ts'), 'utf8'),
      /import \{ beispielModule \} from '\.\/modules\/beispiel';[\s\S]*\n {2}beispielModule,\n\];/,
    );
    assert.match(generated.output, /migrations\/\d{14}_beispiel-entries\.sql/);

    const again = generator('beispiel');
    assert.equal(again.status, 1);
    assert.match(again.output, /Das Modul „beispiel“ gibt es schon/);

    // The new files and the registry, everything they import and the ambient declarations (*.d.ts): the
    // rest of the project was checked before the module existed, and nothing else imports it (a quarter
    // fewer files than the whole project).
    writeFileSync(
      join(dir, 'tsconfig.new-module.json'),
      JSON.stringify({ extends: './tsconfig.json', include: ['src/modules/beispiel', 'src/registry.ts', 'src/**/*.d.ts'] }),
    );
    const typecheck = run(dir, process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.new-module.json']);
    assert.equal(typecheck.status, 0, typecheck.output);
    const lint = run(dir, process.execPath, [
      join(ROOT, 'node_modules/eslint/bin/eslint.js'),
      '--max-warnings',
      '0',
      'src/modules/beispiel',
      'src/registry.ts',
    ]);
    assert.equal(lint.status, 0, lint.output);
    const tests = run(dir, process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', 'src/modules/beispiel/beispiel.test.ts']);
    assert.equal(tests.status, 0, tests.output);
    assert.match(tests.output, /✔ answers 404 to staff without the permission/);
    assert.match(tests.output, /✔ shows its workspace section to admins and to staff with the permission only/);
    assert.match(tests.output, /ℹ pass 4/);
  });
});
