import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../kernel/db';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { importOparl } from './import-oparl';
import { emptyList, fixtureText, json, startFixtureServer, TEST_LIMITS, type FixtureServer, type Route } from './test-support';

/** A System whose body list holds these bodies (fixture files), each list of each body served by `lists`. */
function systemWith(bodies: string[], lists: Record<string, Route>): Record<string, Route> {
  const data = bodies.map((name) => JSON.parse(fixtureText(name)) as unknown);
  return {
    '/oparl/system': json({ id: '{{base}}/oparl/system', type: 'https://schema.oparl.org/1.0/System', body: '{{base}}/oparl/bodies' }),
    '/oparl/bodies': json({ data, pagination: {}, links: {} }),
    ...lists,
  };
}

describe('OParl import: the deviations of real sources', () => {
  let t: TestApp;
  let server: FixtureServer | undefined;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  afterEach(() => server?.close());
  after(() => t.close());
  const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(t.deps.db, query);

  it('a real OParl 1.0 body: 1.0 type URLs, ags without its leading zero, postal code with a no-break space, GeoJSON in [lat, lon]', async () => {
    const list = '/rim4220/webservice/oparl/v1.0/body/1';
    server = await startFixtureServer(
      systemWith(
        ['real-body-huertgenwald.json'],
        Object.fromEntries(['organization', 'person', 'meeting', 'paper'].map((name) => [`${list}/${name}`, emptyList()])),
      ),
    );
    const report = await importOparl(`${server.base}/oparl/system`, t.deps, { limits: TEST_LIMITS });
    assert.equal(report.outcome, 'succeeded', JSON.stringify(report.errors));
    const [body] = await rows<{ name: string; ags: string; postal_code: string; geojson: { geometry: { coordinates: number[] } } }>(
      sql`select b.name, b.ags, l.postal_code, l.geojson from council_bodies b join council_locations l on l.id = b.location_id`,
    );
    assert.equal(body!.name, 'Gemeinde Hürtgenwald');
    assert.equal(body!.ags, '05358016');
    assert.equal(body!.postal_code, '52393');
    assert.deepEqual(body!.geojson.geometry.coordinates, [6.395776, 50.722007]);
    assert.equal(server.requests.filter((request) => request.startsWith(list)).length, 4, 'the four 1.0 lists are read');
  });

  it('a real source with broken references: the meeting and its files are stored, the Gremien and person it names are reported', async () => {
    server = await startFixtureServer({
      '/oparl/system': json('real-missing-system.json'),
      '/oparl/bodies': json({ data: [JSON.parse(fixtureText('real-missing-body.json')) as unknown], links: {} }),
      '/oparl/bodies/0001/meetings': json({ data: [JSON.parse(fixtureText('real-missing-meeting.json')) as unknown], links: {} }),
      '/oparl/bodies/0001/organizations': emptyList(),
      '/oparl/bodies/0001/people': emptyList(),
      '/oparl/bodies/0001/papers': emptyList(),
    });
    const report = await importOparl(`${server.base}/oparl/system`, t.deps, { limits: TEST_LIMITS, skipFiles: true });
    assert.equal(report.outcome, 'succeeded', JSON.stringify(report.errors));
    assert.equal(report.counts.Meeting!.new, 1);
    assert.equal(report.counts.File!.new, 3);
    const unresolved = report.skipped.map((skip) => skip.reason.match(/auf (\S+) führt/)?.[1]?.replace(server!.base, '')).sort();
    assert.deepEqual(unresolved, ['/oparl/bodies/0001/organizations/gr/230', '/oparl/bodies/0001/organizations/gr/231', '/oparl/bodies/0001/people/292']);
    const [source] = await rows<{ vendor: string; oparl_version: string }>(sql`select vendor, oparl_version from council_sources`);
    assert.deepEqual(source, { vendor: 'http://www.somacos.de', oparl_version: 'https://schema.oparl.org/1.0/' });
  });

  it("the spec's own examples: an agenda item without order, a bare GeoJSON geometry, vendor keys and unknown properties ignored", async () => {
    const meeting = JSON.parse(fixtureText('spec-meeting-01.json')) as Record<string, unknown>;
    const paper = { ...(JSON.parse(fixtureText('spec-paper-01.json')) as Record<string, unknown>), 'STERNBERG:sortierung': 4 };
    server = await startFixtureServer({
      '/oparl/body/1': json({
        id: '{{base}}/oparl/body/1',
        type: 'https://schema.oparl.org/1.1/Body',
        name: 'Beispielstadt',
        meeting: '{{base}}/meetings',
        paper: '{{base}}/papers',
      }),
      '/meetings': json({ data: [meeting], links: {} }),
      '/papers': json({ data: [paper], links: {} }),
    });
    const report = await importOparl(`${server.base}/oparl/body/1`, t.deps, { limits: TEST_LIMITS, skipFiles: true });
    assert.equal(report.outcome, 'succeeded', JSON.stringify(report.errors));
    const [item] = await rows<{ order: number; number: string }>(sql`select "order", number from council_agenda_items`);
    assert.deepEqual(item, { order: 1, number: '10.1' });
    const [place] = await rows<{ geojson: unknown }>(sql`select geojson from council_locations where description like 'Honschaft%'`);
    assert.deepEqual(place!.geojson, { type: 'Feature', geometry: { type: 'Point', coordinates: [7.03291, 50.98249] } });
    const [file] = await rows<{ count: number }>(sql`select count(*)::int as count from council_files where external_url like '%/files/57739'`);
    assert.equal(file!.count, 1, 'one id is one file, however often it is embedded');
  });
});
