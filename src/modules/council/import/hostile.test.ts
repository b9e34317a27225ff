import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../kernel/db';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { importOparl } from './import-oparl';
import { beispielstadtRoutes, bytes, fixtureText, json, startFixtureServer, TEST_LIMITS, type FixtureServer, type Route } from './test-support';

describe('OParl import: a broken or hostile source', () => {
  let t: TestApp;
  let server: FixtureServer;
  before(async () => (t = await createTestApp()));
  beforeEach(async () => {
    await t.reset();
    server = await startFixtureServer(await beispielstadtRoutes());
  });
  afterEach(() => server.close());
  after(() => t.close());
  const run = () => importOparl(`${server.base}/oparl/system`, t.deps, { limits: TEST_LIMITS });
  const count = async (table: string) => (await queryRows<{ count: number }>(t.deps.db, sql.raw(`select count(*)::int as count from ${table}`)))[0]!.count;
  const breakPapers = (route: Route) => server.routes.set('/oparl/body/1/paper', route);

  it('a list that is no valid JSON ends that list only; the others are stored and nothing of the last good state goes', async () => {
    assert.equal((await run()).outcome, 'succeeded');
    breakPapers(bytes('{"data": [', 'application/json'));
    const report = await run();
    assert.equal(report.outcome, 'failed');
    assert.match(report.errors.map((error) => error.reason).join(' '), /liefert kein gültiges JSON/);
    assert.equal(await count('council_papers'), 2);
    assert.equal(await count('council_meetings'), 1);
    const [source] = await queryRows<{ runs: number }>(t.deps.db, sql`select count(*)::int as runs from council_import_runs where outcome = 'failed'`);
    assert.equal(source!.runs, 1);
  });

  it('an endless next chain ends at a page seen twice, and at the page limit', async () => {
    breakPapers(json({ data: [], links: { next: '{{base}}/oparl/body/1/paper' } }));
    server.routes.set('/oparl/body/1/meeting', (request, response, base) => {
      const page = Number(new URL(request.url!, base).searchParams.get('page') ?? '1');
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ data: [], links: { next: `${base}/oparl/body/1/meeting?page=${page + 1}` } }));
    });
    const report = await run();
    const reasons = report.errors.map((error) => error.reason).join(' ');
    assert.match(reasons, /schon gelesene Seite/);
    assert.match(reasons, /mehr als 50 Seiten/);
    assert.equal(server.requests.filter((request) => request.startsWith('/oparl/body/1/meeting')).length, 50);
    assert.equal(report.outcome, 'failed');
  });

  it('refuses a page larger than the limit, HTML instead of JSON, and a list page without data', async () => {
    breakPapers(bytes(JSON.stringify({ data: [{ name: 'x'.repeat(70 * 1024) }] }), 'application/json'));
    server.routes.set('/oparl/body/1/meeting', bytes('<html><body>Wartungsarbeiten</body></html>', 'text/html'));
    server.routes.set('/oparl/body/1/person', json({ items: [] }));
    const report = await run();
    const reasons = report.errors.map((error) => error.reason).join(' ');
    assert.match(reasons, /größer als 65536 Bytes/);
    assert.match(reasons, /liefert kein JSON, sondern „text\/html“/);
    assert.match(reasons, /keine OParl-Listenseite/);
    assert.equal(await count('council_organizations'), 3, 'the good lists are stored');
  });

  it('tries a 5xx again with backoff and goes on when the server is back', async () => {
    const papers = (await beispielstadtRoutes())['/oparl/body/1/paper']!;
    let calls = 0;
    breakPapers((request, response, base) => {
      calls++;
      if (calls <= 2) response.writeHead(503).end('busy');
      else void papers(request, response, base);
    });
    const report = await run();
    assert.equal(report.outcome, 'succeeded', JSON.stringify(report.errors));
    assert.equal(calls, 3);
    assert.equal(await count('council_papers'), 2);
  });

  it('a server that stops answering stops the run where it was; the next run continues there with the same window', async () => {
    breakPapers(() => undefined); // never answers: each attempt ends at the timeout
    const stopped = await run();
    assert.equal(stopped.outcome, 'failed');
    assert.match(stopped.errors[0]!.reason, /nicht innerhalb von 0.5 Sekunden geantwortet.*3 Versuche/);
    const [position] = await queryRows<{ position: { listIndex: number; pageUrl: string } }>(t.deps.db, sql`select position from council_import_runs`);
    assert.deepEqual(position!.position, { listIndex: 3, pageUrl: `${server.base}/oparl/body/1/paper` });
    assert.equal(await count('council_papers'), 0);

    breakPapers((await beispielstadtRoutes())['/oparl/body/1/paper']!);
    server.requests.length = 0;
    const resumed = await run();
    assert.equal(resumed.outcome, 'succeeded', JSON.stringify(resumed.errors));
    assert.equal(resumed.resumed, true);
    assert.equal(resumed.modifiedSince, null, 'the first run was a full one, so is its continuation');
    assert.ok(!server.requests.some((request) => request.startsWith('/oparl/body/1/organization')), 'lists done before are not read again');
    assert.equal(await count('council_papers'), 2);
    const [agendaItem] = await queryRows<{ consultation: boolean }>(
      t.deps.db,
      sql`select consultation_id is not null as consultation from council_agenda_items where "order" = 1`,
    );
    assert.equal(agendaItem!.consultation, true, 'a reference that waited across the stop is resolved');
  });

  it('a file too large or with a wrong checksum is reported, kept without bytes and tried again by the next run', async () => {
    server.routes.set('/files/download/vorlage-radweg.pdf', bytes(Buffer.alloc(70 * 1024), 'application/pdf'));
    const meetings = JSON.parse(fixtureText('meetings.json')) as { data: { invitation: Record<string, unknown> }[] };
    meetings.data[0]!.invitation.sha1Checksum = '0'.repeat(40);
    server.routes.set('/oparl/body/1/meeting', json(meetings));
    const first = await run();
    assert.equal(first.filesFailed, 2);
    assert.equal(first.filesStored, 1);
    const reasons = first.skipped.map((skip) => skip.reason).join(' ');
    assert.match(reasons, /größer als 65536 Bytes\. Die Datei wird beim nächsten Lauf erneut geladen/);
    assert.match(reasons, /Prüfsumme der Datei .*einladung\.pdf stimmt nicht/);
    const routes = await beispielstadtRoutes();
    server.routes.set('/files/download/vorlage-radweg.pdf', routes['/files/download/vorlage-radweg.pdf']!);
    server.routes.set('/oparl/body/1/meeting', routes['/oparl/body/1/meeting']!);
    const second = await run();
    assert.equal(second.filesStored, 2);
    assert.equal(await count('council_files where storage_key is null'), 0);
  });
});
