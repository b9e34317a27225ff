import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { longestFirst, readDurations, writeDurations } from './durations';

describe('test file order', () => {
  it('puts unknown files first, then the longest; equal times by name', () => {
    assert.deepEqual(
      longestFirst(['a.test.ts', 'b.test.ts', 'c.test.ts', 'd.test.ts', 'e.test.ts'], {
        'a.test.ts': 100,
        'b.test.ts': 9000,
        'd.test.ts': 100,
        'e.test.ts': 500,
      }),
      ['c.test.ts', 'b.test.ts', 'e.test.ts', 'a.test.ts', 'd.test.ts'],
    );
  });

  it('keeps the figures of files the run did not touch and survives a broken file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stadtportal-durations-'));
    try {
      const path = join(dir, 'cache', 'test-durations.json');
      assert.deepEqual(readDurations(path), {});
      writeDurations(path, { 'a.test.ts': 1, 'b.test.ts': 2 }, { 'b.test.ts': 3 });
      assert.deepEqual(readDurations(path), { 'a.test.ts': 1, 'b.test.ts': 3 });
      writeFileSync(path, '{"a.test.ts": 1,');
      assert.deepEqual(readDurations(path), {});
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
