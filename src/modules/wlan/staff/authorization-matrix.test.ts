/**
 * Who may open which staff page of import/ and staff/ (own hotspots, feed sources, import log), for
 * every kind of actor. Forbidden answers look like missing ones (404); the table is the specification.
 */
import { after, before, describe } from 'node:test';
import { runAuthorizationMatrix, type MatrixClient, type MatrixRow } from '../../../../tests/support/authorization-matrix';
import { citizen, staffMember } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { createFeedSource, feedFixture } from '../import/test-support';
import { STAFF_PATHS } from '../paths';
import { MANAGE_PERMISSION } from '../policies';
import { wlanFeedSources, wlanHotspots, wlanImportRuns } from '../tables';
import { createOwnHotspot } from './test-support';

type ActorName = 'anonymous' | 'citizen' | 'staffWithout' | 'wlanStaff' | 'admin';

interface Fixture {
  hotspotId: string;
  sourceId: string;
  runId: string;
}

type Row = MatrixRow<ActorName, Fixture>;

/** Staff pages ask visitors to log in with 401 (kernel requireSection); everyone else without the permission gets 404. */
const STAFF_OK = { anonymous: 401, wlanStaff: 200, admin: 200, otherwise: 404 };
const STAFF_REDIRECT = { anonymous: 401, wlanStaff: 303, admin: 303, otherwise: 404 };
const STAFF_INVALID = { anonymous: 401, wlanStaff: 400, admin: 400, otherwise: 404 };
const HOTSPOT = { name: 'Stadtbücherei', operator: 'Stadt Iserlohn', address: 'Alter Rathausplatz 1', latitude: '51,3745', longitude: '7,6989', online: 'ja' };
const SOURCE = { name: 'Nachbar-Community', url: 'https://map.example.net/data/meshviewer.json', format: 'auto', intervalMinutes: '30', enabled: 'ja' };

const MATRIX: Row[] = [
  { what: 'own hotspots', method: 'GET', url: () => STAFF_PATHS.hotspots, expect: STAFF_OK },
  { what: 'new hotspot form', method: 'GET', url: () => STAFF_PATHS.newHotspot, expect: STAFF_OK },
  { what: 'create hotspot', method: 'POST', url: () => STAFF_PATHS.newHotspot, form: () => HOTSPOT, expect: STAFF_REDIRECT },
  { what: 'hotspot form', method: 'GET', url: (fx) => STAFF_PATHS.hotspot(fx.hotspotId), expect: STAFF_OK },
  { what: 'edit hotspot', method: 'POST', url: (fx) => STAFF_PATHS.hotspot(fx.hotspotId), form: () => HOTSPOT, expect: STAFF_REDIRECT },
  { what: 'retire hotspot', method: 'POST', url: (fx) => STAFF_PATHS.retireHotspot(fx.hotspotId), form: () => ({}), expect: STAFF_REDIRECT },
  { what: 'delete hotspot unconfirmed', method: 'POST', url: (fx) => STAFF_PATHS.deleteHotspot(fx.hotspotId), form: () => ({}), expect: STAFF_INVALID },
  { what: 'delete hotspot', method: 'POST', url: (fx) => STAFF_PATHS.deleteHotspot(fx.hotspotId), form: () => ({ confirm: 'ja' }), expect: STAFF_REDIRECT },
  { what: 'feed sources', method: 'GET', url: () => STAFF_PATHS.sources, expect: STAFF_OK },
  { what: 'new source form', method: 'GET', url: () => STAFF_PATHS.newSource, expect: STAFF_OK },
  {
    what: 'create source',
    method: 'POST',
    url: () => STAFF_PATHS.newSource,
    form: (fx) => ({ ...SOURCE, url: `${SOURCE.url}?neu=${fx.hotspotId}` }),
    expect: STAFF_REDIRECT,
  },
  { what: 'source page', method: 'GET', url: (fx) => STAFF_PATHS.source(fx.sourceId), expect: STAFF_OK },
  {
    what: 'edit source',
    method: 'POST',
    url: (fx) => STAFF_PATHS.source(fx.sourceId),
    form: (fx) => ({ ...SOURCE, url: `https://x.example.net/n.json?${fx.hotspotId}` }),
    expect: STAFF_REDIRECT,
  },
  { what: 'toggle source', method: 'POST', url: (fx) => STAFF_PATHS.toggleSource(fx.sourceId), form: () => ({}), expect: STAFF_REDIRECT },
  { what: 'import now', method: 'POST', url: (fx) => STAFF_PATHS.importSource(fx.sourceId), form: () => ({}), expect: STAFF_REDIRECT },
  { what: 'import log', method: 'GET', url: () => STAFF_PATHS.runs, expect: STAFF_OK },
  { what: 'import run', method: 'GET', url: (fx) => STAFF_PATHS.run(fx.runId), expect: STAFF_OK },
  {
    what: 'a Freifunk node as own hotspot',
    method: 'GET',
    url: () => STAFF_PATHS.hotspot('00000000-0000-4000-8000-000000000000'),
    expect: { anonymous: 401, otherwise: 404 },
  },
  { what: 'a malformed id', method: 'GET', url: () => STAFF_PATHS.source('nicht-da'), expect: { anonymous: 401, otherwise: 404 } },
];

const ACTORS: ActorName[] = ['anonymous', 'citizen', 'staffWithout', 'wlanStaff', 'admin'];

describe('authorization matrix of the WLAN staff sections', () => {
  let t: TestApp;
  const clients = new Map<ActorName, MatrixClient>();

  before(async () => {
    t = await createTestApp();
    const anonymous = t.client();
    clients.set('anonymous', { get: (url) => anonymous.get(url), post: (url, form) => anonymous.post(url, form) });
    clients.set('citizen', await citizen(t));
    clients.set('staffWithout', await staffMember(t, [], { permissions: [] }));
    clients.set('wlanStaff', await staffMember(t, [], { permissions: [MANAGE_PERMISSION] }));
    clients.set('admin', await staffMember(t, [], { role: 'admin', permissions: [] }));
  });
  after(() => t.close());

  async function fixture(): Promise<Fixture> {
    const hotspot = await createOwnHotspot(t);
    const source = await createFeedSource(t, { url: `${feedFixture('nodes-v1.json')}#${hotspot.id}` });
    const [run] = await t.db.insert(wlanImportRuns).values({ sourceId: source.id, location: source.url, outcome: 'failed', error: 'kaputt' }).returning();
    return { hotspotId: hotspot.id, sourceId: source.id, runId: run!.id };
  }

  async function snapshot() {
    const hotspots = await t.db.select().from(wlanHotspots);
    const sources = await t.db.select().from(wlanFeedSources);
    return JSON.stringify({ hotspots, sources });
  }

  // A redirect is the allowed answer of every action here; everything else must change nothing.
  runAuthorizationMatrix({ rows: MATRIX, actors: ACTORS, clients, fixture, snapshot, refused: (status) => status !== 303 });
});
