import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../kernel/config';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { cliOn } from './test-support';

const fixture = (name: string) => resolve(PROJECT_ROOT, 'tests/fixtures/marc', name);

describe('library:import-marc', () => {
  let t: TestApp;
  let cli: ReturnType<typeof cliOn>;
  before(async () => {
    t = await createTestApp();
    cli = cliOn(t);
  });
  after(() => t.close());

  it('imports a MARCXML file, tells the format from the content and prints the counts; the second run changes nothing', async () => {
    const first = await cli('library:import-marc', fixture('batch.xml'));
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /batch\.xml \(MARCXML\): 2 Sätze gelesen\./);
    assert.match(first.stdout, /2 neu, 0 geändert, 0 unverändert, 0 übersprungen/);
    const again = await cli('library:import-marc', '--file', fixture('batch.xml'));
    assert.match(again.stdout, /0 neu, 0 geändert, 2 unverändert/);
  });

  it('names every skipped record and exits with 1; a missing file is refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'marc-'));
    const file = join(dir, 'abgeschnitten.mrc');
    const bytes = readFileSync(fixture('one.dat'));
    writeFileSync(file, bytes.subarray(0, 300));
    const run = await cli('library:import-marc', file);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /abgeschnitten\.mrc \(ISO 2709\): 1 Sätze gelesen\./);
    assert.match(run.stdout, /Satz 1: Die Datei endet mitten im Satz/);
    assert.match(run.stderr, /1 Sätze wurden übersprungen/);
    const missing = await cli('library:import-marc', join(dir, 'fehlt.mrc'));
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /lässt sich nicht lesen/);
  });
});
