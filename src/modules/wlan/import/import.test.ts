import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { asc, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { wlanFeedSources, wlanHotspotDays, wlanHotspots, wlanImportRuns } from '../tables';
import { generatedNodes, meshviewerJson } from './generate-feed';
import { runImport } from './run-import';
import { createFeedSource, feedFile, feedFixture } from './test-support';

const DAY1 = new Date('2026-12-01T09:00:00Z');
const DAY1_LATER = new Date('2026-12-01T21:30:00Z'); // 22:30 in Berlin: still 1 December
const DAY2 = new Date('2026-12-01T23:30:00Z'); // 00:30 in Berlin: 2 December

describe('wlan import: feeds into hotspots', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  const hotspots = () => t.deps.db.select().from(wlanHotspots).orderBy(asc(wlanHotspots.externalId));
  const runs = () => t.deps.db.select().from(wlanImportRuns).orderBy(asc(wlanImportRuns.startedAt));

  it('imports nodes.json v1: hotspots with position, area mark and state; skipped nodes with reasons; no owner contact anywhere', async () => {
    const source = await createFeedSource(t, { url: feedFixture('nodes-v1.json') });
    const report = await runImport(source, t.deps, { now: DAY1 });
    assert.equal(report.outcome, 'succeeded', report.error ?? '');
    assert.deepEqual([report.read, report.taken, report.inside, report.outside], [4, 2, 2, 0]);
    const rows = await hotspots();
    assert.deepEqual(
      rows.map((row) => [row.kind, row.externalId, row.slug, row.name, row.operator, row.online, row.clients, row.insideArea]),
      [
        ['freifunk', 'c04a00dd6e12', 'ff-c04a00dd6e12', 'ffmk-letmathe-bahnhof', 'Freifunk Märkischer Kreis', false, 0, true],
        ['freifunk', 'f81a67a601ea', 'ff-f81a67a601ea', 'ffmk-iserlohn-schillerplatz', 'Freifunk Märkischer Kreis', true, 7, true],
      ],
    );
    const [run] = await runs();
    assert.equal(run!.outcome, 'succeeded');
    assert.equal(run!.format, 'nodes-v1');
    assert.deepEqual(
      run!.skipped.map((s) => s.nodeId),
      ['a0f3c1000001', 'a0f3c1000002'],
    );
    const everything = JSON.stringify([rows, await runs(), await t.deps.db.select().from(wlanHotspotDays)]);
    assert.doesNotMatch(everything, /knotenbetreiberin|example\.org/);
  });

  it('is idempotent: the same feed again changes no row and keeps one history row per hotspot and day', async () => {
    const source = await createFeedSource(t, { url: feedFixture('nodes-v2.json') });
    await runImport(source, t.deps, { now: DAY1 });
    const first = await hotspots();
    await runImport(source, t.deps, { now: DAY1_LATER });
    const second = await hotspots();
    assert.deepEqual(
      second.map((row) => [row.id, row.slug, row.name, row.removedAt]),
      first.map((row) => [row.id, row.slug, row.name, null]),
    );
    const days = await t.deps.db.select().from(wlanHotspotDays);
    assert.equal(days.length, 2);
    assert.ok(days.every((day) => day.day === '2026-12-01'));
  });

  it('keeps a day history: online at any import of the day, the most clients; a new Berlin day gets its own row', async () => {
    const feed = feedFile();
    const [node] = generatedNodes(1);
    const source = await createFeedSource(t, { url: feed.path });
    feed.write(meshviewerJson([{ ...node!, online: true, clients: 9 }]));
    await runImport(source, t.deps, { now: DAY1 });
    feed.write(meshviewerJson([{ ...node!, online: false, clients: 2 }]));
    await runImport(source, t.deps, { now: DAY1_LATER });
    await runImport(source, t.deps, { now: DAY2 });
    const days = await t.deps.db.select().from(wlanHotspotDays).orderBy(asc(wlanHotspotDays.day));
    assert.deepEqual(
      days.map((day) => [day.day, day.online, day.maxClients]),
      [
        ['2026-12-01', true, 9],
        ['2026-12-02', false, 2],
      ],
    );
  });

  it('marks nodes gone from the feed as removed and offline, and brings them back when they reappear', async () => {
    const feed = feedFile();
    const nodes = generatedNodes(12);
    const source = await createFeedSource(t, { url: feed.path });
    feed.write(meshviewerJson(nodes));
    await runImport(source, t.deps, { now: DAY1 });
    feed.write(meshviewerJson(nodes.slice(0, 10)));
    const report = await runImport(source, t.deps, { now: DAY1_LATER });
    assert.equal(report.removed, 2);
    const removed = (await hotspots()).filter((row) => row.removedAt !== null);
    assert.deepEqual(
      removed.map((row) => [row.externalId, row.online]),
      [
        [nodes[10]!.id, false],
        [nodes[11]!.id, false],
      ],
    );
    feed.write(meshviewerJson(nodes));
    await runImport(source, t.deps, { now: DAY2 });
    assert.equal((await hotspots()).filter((row) => row.removedAt !== null).length, 0);
  });

  it('keeps a node that two communities list apart: each source its own hotspot, the second page name told apart', async () => {
    const nodes = generatedNodes(3);
    const [first, second] = [feedFile(), feedFile()];
    first.write(meshviewerJson(nodes));
    second.write(meshviewerJson(nodes));
    const a = await createFeedSource(t, { url: first.path, name: 'Community A' });
    const b = await createFeedSource(t, { url: second.path, name: 'Community B' });
    await runImport(a, t.deps, { now: DAY1 });
    await runImport(b, t.deps, { now: DAY1 });
    await runImport(b, t.deps, { now: DAY2 });
    const rows = await hotspots();
    assert.equal(rows.length, 6);
    const slugs = rows.filter((row) => row.externalId === nodes[0]!.id).map((row) => [row.operator, row.slug]);
    assert.deepEqual(slugs.sort(), [
      ['Community A', `ff-${nodes[0]!.id}`],
      ['Community B', `ff-${nodes[0]!.id}-${b.id.slice(0, 8)}-0`],
    ]);
  });

  it('keeps the last good state when the feed vanishes, turns to garbage, is too large or suddenly almost empty', async () => {
    const feed = feedFile();
    const nodes = generatedNodes(50);
    const source = await createFeedSource(t, { url: feed.path });
    feed.write(meshviewerJson(nodes));
    await runImport(source, t.deps, { now: DAY1 });
    const good = await hotspots();
    const cases: Array<[string, () => void, RegExp, { maxBytes: number; timeoutMs: number }?]> = [
      ['garbage', () => feed.write('<html><body>502 Bad Gateway</body></html>'), /kein gültiges JSON/],
      ['truncated', () => feed.write(meshviewerJson(nodes).slice(0, 5000)), /abgeschnitten/],
      ['empty list', () => feed.write(meshviewerJson([])), /keinen verwendbaren Knoten/],
      ['collapse', () => feed.write(meshviewerJson(nodes.slice(0, 5))), /nur 5 verwendbare Knoten.*waren es 50/],
      ['absurd', () => feed.write(meshviewerJson(nodes.map((node) => ({ ...node, latitude: 0, longitude: 0 })))), /keinen verwendbaren Knoten/],
      ['huge', () => feed.write(meshviewerJson(nodes)), /größer als 1000 Bytes/, { maxBytes: 1000, timeoutMs: 1000 }],
      ['vanished', () => rmSync(feed.path), /lässt sich nicht lesen/],
    ];
    for (const [what, change, message, limits] of cases) {
      change();
      const report = await runImport(source, t.deps, { now: DAY2, ...(limits ? { limits } : {}) });
      assert.equal(report.outcome, 'failed', what);
      assert.match(report.error ?? '', message, what);
      assert.deepEqual(await hotspots(), good, `${what}: no hotspot changed`);
    }
    const failed = (await runs()).filter((run) => run.outcome === 'failed');
    assert.equal(failed.length, cases.length);
    assert.ok(failed.every((run) => run.error && run.finishedAt));
    const [stored] = await t.deps.db.select().from(wlanFeedSources).where(eq(wlanFeedSources.id, source.id));
    assert.deepEqual(stored!.lastSuccessAt, DAY1);
    assert.deepEqual(stored!.lastRunAt, DAY2);
  });

  describe('over http', () => {
    let server: Server;
    let base: string;
    let answers: Array<(response: ServerResponse) => void> = [];
    before(async () => {
      server = createServer((_request, response) => {
        const answer = answers.shift();
        if (answer) answer(response);
        else response.writeHead(500).end();
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    after(() => new Promise<void>((resolve) => server.close(() => resolve())));

    const json = (text: string) => (response: ServerResponse) => response.writeHead(200, { 'content-type': 'application/json' }).end(text);

    it('reads a URL, and tries once more when the first answer fails', async () => {
      const source = await createFeedSource(t, { url: `${base}/data/meshviewer.json` });
      answers = [(response) => response.writeHead(503).end(), json(readFileSync(feedFixture('meshviewer-lab.json'), 'utf8'))];
      const report = await runImport(source, t.deps, { now: DAY1 });
      assert.equal(report.outcome, 'succeeded', report.error ?? '');
      assert.equal(report.taken, 10);
      assert.equal(report.outside, 10);
    });

    it('gives up after two failures or a server that does not answer in time, and says so', async () => {
      const source = await createFeedSource(t, { url: `${base}/nodes.json` });
      answers = [(response) => response.writeHead(404).end(), (response) => response.writeHead(404).end()];
      const missing = await runImport(source, t.deps);
      assert.match(missing.error ?? '', /HTTP 404\. Zweimal versucht\./);
      answers = [() => undefined, () => undefined];
      const slow = await runImport(source, t.deps, { limits: { maxBytes: 1_000_000, timeoutMs: 200 } });
      assert.match(slow.error ?? '', /nicht innerhalb von 0\.2 Sekunden/);
      assert.equal((await hotspots()).length, 0);
    });
  });
});
