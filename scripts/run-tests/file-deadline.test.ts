import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileTimeoutMs, stopAfter } from './file-deadline';

/** Running, not a zombie: the killed file's child is reparented, and the reaper may take its time. */
const isAlive = (pid: number) => {
  try {
    const state = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0];
    return state !== 'Z';
  } catch {
    return false;
  }
};

describe('a test file past its deadline', () => {
  it('is stopped with every process it started, and the runner is told', async () => {
    // a "test file" that never exits and has started a server-like child of its own
    const script = `const c = require('node:child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
      console.log(c.pid); setInterval(() => {}, 1000);`;
    const file = spawn(process.execPath, ['-e', script], { detached: true, stdio: ['ignore', 'pipe', 'ignore'] });
    const [firstLine] = (await once(file.stdout, 'data')) as [Buffer];
    const grandchild = Number(firstLine.toString().trim());
    assert.ok(isAlive(grandchild));
    let told = false;
    stopAfter(file, 50, () => (told = true));
    const [, signal] = (await once(file, 'close')) as [number | null, string | null];
    assert.equal(signal, 'SIGKILL');
    assert.equal(told, true);
    for (let tries = 0; tries < 50 && isAlive(grandchild); tries++) await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(isAlive(grandchild), false, 'the server the file started is stopped too');
  });

  it('a file that ends in time is left alone', async () => {
    const file = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20)'], { detached: true, stdio: 'ignore' });
    let told = false;
    const cancel = stopAfter(file, 2000, () => (told = true));
    const [code] = (await once(file, 'close')) as [number | null];
    cancel();
    assert.equal(code, 0);
    assert.equal(told, false);
  });

  it('ten minutes unless TEST_FILE_TIMEOUT_SECONDS says otherwise', () => {
    assert.equal(fileTimeoutMs({}), 600_000);
    assert.equal(fileTimeoutMs({ TEST_FILE_TIMEOUT_SECONDS: '30' }), 30_000);
    assert.equal(fileTimeoutMs({ TEST_FILE_TIMEOUT_SECONDS: 'viel' }), 600_000);
  });
});
