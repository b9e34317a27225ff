import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { PROJECT_ROOT } from '../../kernel/config';
import { queryRows } from '../../kernel/db';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { cliOn } from './test-support';

const feedFixture = (name: string) => resolve(PROJECT_ROOT, 'tests/fixtures/freifunk', name);

describe('wlan:import', () => {
  let t: TestApp;
  let cli: ReturnType<typeof cliOn>;
  before(async () => {
    t = await createTestApp();
    cli = cliOn(t);
  });
  beforeEach(() => t.reset());
  after(() => t.close());

  const hotspotCount = async () => (await queryRows<{ count: number }>(t.deps.db, sql`select count(*)::int as count from wlan_hotspots`))[0]!.count;

  it('imports a file as a new source without schedule, prints the counts and every skipped node; the second run updates the same source', async () => {
    const first = await cli('wlan:import', feedFixture('nodes-v2.json'));
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /Neue Feed-Quelle .* angelegt \(ohne Zeitplan\)/);
    assert.match(first.stdout, /4 Knoten gelesen \(nodes\.json Version 2\), 2 übernommen, 2 übersprungen\./);
    assert.match(first.stdout, /Im Stadtgebiet: 1, außerhalb \(markiert\): 1; nicht mehr im Feed: 0\./);
    assert.match(first.stdout, /Übersprungen 60e327aa0b03: Die Position 0\/0 ist ein Platzhalter/);
    const again = await cli('wlan:import', '--location', feedFixture('nodes-v2.json'));
    assert.equal(again.code, 0);
    assert.doesNotMatch(again.stdout, /Neue Feed-Quelle/);
    const sources = await queryRows<{ url: string; enabled: boolean }>(t.deps.db, sql`select url, enabled from wlan_feed_sources`);
    assert.deepEqual(
      sources.map((source) => [source.url, source.enabled]),
      [[feedFixture('nodes-v2.json'), false]],
    );
    assert.equal(await hotspotCount(), 2);
  });

  it('exits with 1 and keeps the hotspots for a broken feed; a missing location is a usage error', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'wlan-cli-')), 'meshviewer.json');
    writeFileSync(file, '{"nodes": [');
    const broken = await cli('wlan:import', file);
    assert.equal(broken.code, 1);
    assert.match(broken.stderr, /Der Import ist gescheitert: Der Feed ist kein gültiges JSON.*letzten guten Stand/);
    const usage = await cli('wlan:import');
    assert.notEqual(usage.code, 0);
    assert.equal(await hotspotCount(), 0);
  });
});
