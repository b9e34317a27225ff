import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { copyPrefixOf, removeCopiesOfEndedProcesses } from './stale-copies';

/** The pid of a process that has certainly ended (it ran and was waited for). */
function endedPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('test database copies of ended processes', () => {
  const parent = mkdtempSync(join(tmpdir(), 'stale-copies-'));
  after(() => rmSync(parent, { recursive: true, force: true }));

  it('removes the copies of ended processes and keeps live ones and foreign folders', () => {
    const ended = `${copyPrefixOf(endedPid())}abc123`;
    const mine = `${copyPrefixOf(process.pid)}def456`;
    for (const name of [ended, mine, 'stadtportal-test-XyZ123', 'something-else']) mkdirSync(join(parent, name));
    assert.deepEqual(removeCopiesOfEndedProcesses(parent), [ended]);
    assert.deepEqual(readdirSync(parent).sort(), [mine, 'something-else', 'stadtportal-test-XyZ123'].sort());
  });
});
