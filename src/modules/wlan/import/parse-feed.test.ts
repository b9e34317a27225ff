import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { LonLat } from '../../../kernel/geo';
import { testConfig } from '../../../../tests/support/test-app';
import { parseFeed } from './parse-feed';
import { feedFixture } from './test-support';

const boundary = testConfig().municipality.map!.boundary as LonLat[];
const read = (name: string) => readFileSync(feedFixture(name), 'utf8');
const reasons = (parsed: ReturnType<typeof parseFeed>) => (parsed.ok ? Object.fromEntries(parsed.skipped.map((s) => [s.nodeId, s.reason])) : {});

describe('wlan feeds: formats and node checks', () => {
  it('reads the meshviewer sample: every node, kept but marked outside the town (Berlin)', () => {
    const parsed = parseFeed(read('meshviewer-lab.json'), null, boundary);
    assert.ok(parsed.ok);
    assert.equal(parsed.format, 'meshviewer');
    assert.equal(parsed.read, 10);
    assert.equal(parsed.nodes.length, 10);
    const sirius = parsed.nodes.find((node) => node.nodeId === '021122334401')!;
    assert.deepEqual(
      { ...sirius, firstSeenAt: sirius.firstSeenAt?.toISOString() },
      {
        nodeId: '021122334401',
        name: 'Sirius',
        latitude: 52.5119,
        longitude: 13.3041,
        insideArea: false,
        online: true,
        clients: 4,
        model: 'TP-Link Archer C7 v2',
        firstSeenAt: '2026-06-18T11:05:23.470Z',
        lastSeenAt: new Date('2026-06-24T11:05:23.470Z'),
      },
    );
    const sparse = parsed.nodes.find((node) => node.nodeId === 'sparse.a77')!;
    assert.equal(sparse.clients, 0);
    assert.equal(sparse.model, null);
    assert.equal(sparse.online, false);
  });

  it('reads nodes.json version 1 (keyed by id, times without zone) and skips a node without position and one with swapped coordinates', () => {
    const parsed = parseFeed(read('nodes-v1.json'), null, boundary);
    assert.ok(parsed.ok);
    assert.equal(parsed.format, 'nodes-v1');
    assert.deepEqual(
      parsed.nodes.map((node) => [node.nodeId, node.name, node.insideArea, node.online, node.clients]),
      [
        ['f81a67a601ea', 'ffmk-iserlohn-schillerplatz', true, true, 7],
        ['c04a00dd6e12', 'ffmk-letmathe-bahnhof', true, false, 0],
      ],
    );
    assert.equal(parsed.nodes[0]!.firstSeenAt?.toISOString(), '2025-03-01T08:00:00.000Z');
    assert.match(reasons(parsed).a0f3c1000001!, /keine Position/);
    assert.match(reasons(parsed).a0f3c1000002!, /vertauscht/);
  });

  it('reads nodes.json version 2 and skips 0/0 and impossible ranges; a neighbour town is kept, marked outside', () => {
    const parsed = parseFeed(read('nodes-v2.json'), null, boundary);
    assert.ok(parsed.ok);
    assert.equal(parsed.format, 'nodes-v2');
    assert.deepEqual(
      parsed.nodes.map((node) => [node.nodeId, node.insideArea, node.clients, node.model]),
      [
        ['60e327aa0b01', true, 12, 'TP-Link Archer C7 v5'],
        ['60e327aa0b02', false, 3, 'Ubiquiti UniFi AC Mesh'],
      ],
    );
    assert.match(reasons(parsed)['60e327aa0b03']!, /0\/0/);
    assert.match(reasons(parsed)['60e327aa0b04']!, /außerhalb der möglichen Werte/);
  });

  it('reads a real Gluon nodeinfo inside a version 2 feed, and nothing of its owner', () => {
    const nodeinfo = JSON.parse(read('respondd-nodeinfo.json')) as Record<string, unknown>;
    const parsed = parseFeed(JSON.stringify({ version: 2, nodes: [{ nodeinfo, flags: { online: true }, statistics: { clients: 2 } }] }), null, undefined);
    assert.ok(parsed.ok);
    assert.equal(parsed.nodes[0]!.name, 'foo-bar');
    assert.equal(parsed.nodes[0]!.model, 'TP-Link TL-WDR4900 v1');
    assert.doesNotMatch(JSON.stringify(parsed), /freifunk@example\.com|owner|contact/);
  });

  it('fails a feed that is no JSON, cut off, of an unknown shape, or not in the format the source names', () => {
    const cut = read('nodes-v2.json').slice(0, 700);
    for (const [text, expected, message] of [
      ['<html>Wartungsarbeiten</html>', null, /kein gültiges JSON/],
      [cut, null, /kein gültiges JSON.*abgeschnitten/],
      ['{"hello":"world"}', null, /Format des Feeds ist unbekannt/],
      ['[1,2,3]', null, /Format des Feeds ist unbekannt/],
      [read('nodes-v1.json'), 'meshviewer', /kein meshviewer\.json/],
    ] as const) {
      const parsed = parseFeed(text, expected, boundary);
      assert.equal(parsed.ok, false, text.slice(0, 40));
      assert.match(parsed.ok ? '' : parsed.error, message);
    }
  });

  it('takes a node id seen twice once, bounds names and clients, and refuses ids that are no text', () => {
    const node = (id: unknown, extra: Record<string, unknown> = {}) => ({ node_id: id, location: { latitude: 51.37, longitude: 7.69 }, ...extra });
    const parsed = parseFeed(
      JSON.stringify({
        nodes: [
          node('aa'),
          node('aa'),
          node({ x: 1 }),
          node('bb', { hostname: 'x'.repeat(5000), clients: 1e9 }),
          node('cc', { clients: -4, is_online: 'yes' }),
        ],
      }),
      null,
      boundary,
    );
    assert.ok(parsed.ok);
    assert.deepEqual(
      parsed.nodes.map((n) => [n.nodeId, n.name.length, n.clients, n.online]),
      [
        ['aa', 2, 0, false],
        ['bb', 200, 10_000, false],
        ['cc', 2, 0, false],
      ],
    );
    assert.deepEqual(
      parsed.skipped.map((s) => s.reason.slice(0, 30)),
      ['Die Kennung kommt im Feed mehr', 'Der Knoten hat keine gültige K'],
    );
  });
});
