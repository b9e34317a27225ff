import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../src/kernel/config';
import { killGroup } from './file-deadline';
import { runTestProcess, type FileResult } from './test-process';

/** The sources, not this file's bundled copy: the child runs them through tsx. */
const HERE = resolve(PROJECT_ROOT, 'scripts/run-tests');
const dir = mkdtempSync(join(tmpdir(), 'stadtportal-test-process-'));

/** Test files as plain modules: the first defines one of its tests through a shared helper. */
const FILES: Record<string, string> = {
  'helper.mjs': `import { it } from 'node:test';\nexport const checks = (name, fn) => it(name, fn);\n`,
  'first.test.mjs': `import { describe, it, before } from 'node:test';\nimport { checks } from './helper.mjs';
let ready = false;
describe('first', () => { before(() => { ready = true; }); it('passes', () => { if (!ready) throw new Error('no before'); }); checks('fails through the helper', () => { throw new Error('wrong'); }); });\n`,
  'second.test.mjs': `import { describe, it } from 'node:test';\ndescribe('second', () => { it('passes too', () => console.log('second says hello')); });\n`,
  'crashing.test.mjs': `import { describe, it } from 'node:test';\ndescribe('crashing', () => { it('ends the process', () => process.exit(3)); });\n`,
  'lingering.test.mjs': `import { describe, it } from 'node:test';\ndescribe('lingering', () => { it('leaves a timer running', () => { setInterval(() => {}, 1000); }); });\n`,
};
for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text);

/** The processes the tests start lead groups of their own: a test that fails or times out must not leave one running. */
const running = new Set<ChildProcess>();

async function run(files: string[], maxFiles = 10, fileTimeoutMs = 60_000): Promise<{ results: FileResult[]; taken: number }> {
  const queue = [...files];
  const results: FileResult[] = [];
  const taken = await runTestProcess({
    args: ['--import', 'tsx', `--test-reporter=${resolve(HERE, 'reporter.ts')}`, '--test-reporter-destination=stdout', resolve(HERE, 'batch-entry.ts')],
    env: process.env,
    cwd: PROJECT_ROOT,
    maxFiles,
    fileTimeoutMs,
    take: () => {
      const file = queue.shift();
      return file === undefined ? undefined : { file, bundled: join(dir, file) };
    },
    finished: (result) => results.push(result),
    running,
  });
  return { results, taken };
}

const byFile = (results: FileResult[]) => Object.fromEntries(results.map((result) => [result.file, result]));

describe('a test process running several files', () => {
  after(() => {
    for (const child of running) killGroup(child);
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs them one after the other and gives each its own tests, output and outcome', async () => {
    const { results, taken } = await run(['first.test.mjs', 'second.test.mjs']);
    assert.equal(taken, 2);
    const { 'first.test.mjs': first, 'second.test.mjs': second } = byFile(results);
    assert.ok(first && second);
    assert.deepEqual(
      first.tests.filter((test) => !test.suite).map((test) => [test.name, test.outcome]),
      [
        ['passes', 'pass'],
        ['fails through the helper', 'fail'],
      ],
    );
    assert.equal(first.failed, true);
    assert.match(first.output, /fails through the helper/);
    assert.doesNotMatch(first.output, /second says hello/);
    assert.deepEqual(
      second.tests.map((test) => [test.name, test.outcome]),
      [
        ['passes too', 'pass'],
        ['second', 'pass'],
      ],
    );
    assert.equal(second.failed, false);
    assert.match(second.output, /second says hello/);
    assert.doesNotMatch(second.output, /end of test file/);
    assert.ok(!second.output.includes('\u0001'), 'the end line is taken out');
  });

  it('takes no more than its share of files', async () => {
    const { results, taken } = await run(['second.test.mjs', 'second.test.mjs', 'second.test.mjs'], 2);
    assert.equal(taken, 2);
    assert.equal(results.length, 2);
  });

  it('fails the file that was running when the process ended, and keeps the ones before', async () => {
    const { results } = await run(['second.test.mjs', 'crashing.test.mjs', 'first.test.mjs']);
    const { 'second.test.mjs': second, 'crashing.test.mjs': crashing } = byFile(results);
    assert.equal(second?.failed, false);
    assert.equal(crashing?.failed, true);
    assert.match(crashing?.problem ?? '', /the process ended \(exit 3\) before the file did/);
    assert.equal(results.length, 2, 'the file after the crash was never handed out');
  });

  it('stops a process that does not exit after its last file, and says so at that file', { timeout: 30_000 }, async () => {
    const { results } = await run(['second.test.mjs', 'lingering.test.mjs'], 10, 3000);
    const lingering = results.filter((result) => result.file === 'lingering.test.mjs');
    assert.deepEqual(
      lingering.map((result) => result.failed),
      [false, true],
      'its tests passed, then the process was stopped',
    );
    assert.match(lingering[1]?.problem ?? '', /did not exit after this file/);
  });
});
