/**
 * Who may use the comparison with other towns: only the coordinator (cockpit.coordinate) and admins.
 * Visitors are asked to log in, everyone else (department staff with cockpit.edit too) gets the same 404
 * as for a page that does not exist, and a refused action changes nothing. The table is the specification.
 */
import type { Server } from 'node:http';
import { after, before, describe } from 'node:test';
import { count } from 'drizzle-orm';
import { auditLog } from '../../../kernel/audit';
import { runAuthorizationMatrix, type MatrixClient, type MatrixRow } from '../../../../tests/support/authorization-matrix';
import { citizen, staffMember } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { STAFF_PATHS } from '../paths';
import { COORDINATE_PERMISSION, EDIT_PERMISSION } from '../policies';
import { cockpitPartnerFeeds } from '../tables';
import type { ExchangeFeed } from './feed-types';
import { startFeedSource } from './hostile-server';
import { foreignFeed } from './test-support';

type ActorName = 'anonymous' | 'citizen' | 'staffWithout' | 'departmentEditor' | 'coordinator' | 'admin';

const PAGE = { coordinator: 200, admin: 200, anonymous: 401, otherwise: 404 };
const ACTION = { coordinator: 303, admin: 303, anonymous: 401, otherwise: 404 };

interface Fixture {
  partnerId: string;
  sourceUrl: string;
}

let source: { base: string; server: Server };

const MATRIX: MatrixRow<ActorName, Fixture>[] = [
  { what: 'comparison', method: 'GET', url: () => STAFF_PATHS.comparison, expect: PAGE },
  { what: 'add by URL', method: 'POST', url: () => STAFF_PATHS.comparison, form: (fx) => ({ url: fx.sourceUrl }), expect: ACTION },
  { what: 'read again', method: 'POST', url: (fx) => STAFF_PATHS.refreshPartnerFeed(fx.partnerId), form: () => ({}), expect: ACTION },
  { what: 'remove', method: 'POST', url: (fx) => STAFF_PATHS.removePartnerFeed(fx.partnerId), form: () => ({}), expect: ACTION },
  {
    what: 'read again, malformed id',
    method: 'POST',
    url: () => STAFF_PATHS.refreshPartnerFeed('kein-uuid'),
    form: () => ({}),
    expect: { anonymous: 401, otherwise: 404 },
  },
];

const ACTORS: ActorName[] = ['anonymous', 'citizen', 'staffWithout', 'departmentEditor', 'coordinator', 'admin'];

describe('authorization matrix of the comparison with other towns', () => {
  let t: TestApp;
  const clients = new Map<ActorName, MatrixClient>();
  let towns = 0;

  before(async () => {
    t = await createTestApp();
    source = await startFeedSource();
    clients.set('anonymous', t.client());
    clients.set('citizen', await citizen(t));
    clients.set('staffWithout', await staffMember(t, [], { permissions: [] }));
    clients.set('departmentEditor', await staffMember(t, [], { permissions: [EDIT_PERMISSION] }));
    clients.set('coordinator', await staffMember(t, [], { permissions: [COORDINATE_PERMISSION] }));
    clients.set('admin', await staffMember(t, [], { role: 'admin', permissions: [] }));
  });
  after(async () => {
    source.server.close();
    await t.close();
  });

  /** A town of its own for each test (the feed served at /feed.json is another one). */
  async function fixture(): Promise<Fixture> {
    const feed = foreignFeed({
      municipality: { name: `Stadt ${++towns}`, ags: String(10_000_000 + towns), url: 'https://stadt.example' },
    }) as unknown as ExchangeFeed;
    const sourceUrl = `${source.base}/feed.json`;
    const [row] = await t.db
      .insert(cockpitPartnerFeeds)
      .values({ ags: feed.municipality.ags, townName: feed.municipality.name, sourceUrl, feed, fetchedAt: new Date() })
      .returning({ id: cockpitPartnerFeeds.id });
    return { partnerId: row!.id, sourceUrl };
  }

  const audited = async () => (await t.db.select({ n: count() }).from(auditLog))[0]?.n ?? 0;

  runAuthorizationMatrix({ rows: MATRIX, actors: ACTORS, clients, fixture, snapshot: audited, allowed: (before) => before + 1 });
});
