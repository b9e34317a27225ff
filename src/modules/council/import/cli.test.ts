/** `oparl:import` through the command line (src/cli/commands/council.ts), here beside the fixture server it needs. */
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../kernel/db';
import { beispielstadtRoutes, startFixtureServer, type FixtureServer } from './test-support';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { cliOn } from '../../../cli/commands/test-support';

describe('oparl:import', () => {
  let t: TestApp;
  let cli: ReturnType<typeof cliOn>;
  let server: FixtureServer;
  before(async () => {
    t = await createTestApp();
    cli = cliOn(t);
  });
  beforeEach(async () => {
    await t.reset();
    server = await startFixtureServer(await beispielstadtRoutes());
  });
  afterEach(() => server.close());
  after(() => t.close());

  it('imports a new source without schedule and prints the counts per type and what it skipped; the second run asks for changes only', async () => {
    const first = await cli('oparl:import', `${server.base}/oparl/system`);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /Neue Import-Quelle .* angelegt \(ohne Zeitplan\)/);
    assert.match(first.stdout, /Vollständiger Import:/);
    assert.match(first.stdout, /Vorlagen: 2 neu, 0 geändert, 0 gelöscht, 0 unverändert/);
    assert.match(first.stdout, /Dateien: 3 geladen, 0 fehlgeschlagen/);
    assert.match(first.stdout, /1 übersprungen:\n.*membership\/13: Verweist auf .*organization\/99/);
    const again = await cli('oparl:import', '--url', `${server.base}/oparl/system`);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /Änderungen seit \d{4}-/);
    const sources = await queryRows<{ enabled: boolean }>(t.deps.db, sql`select enabled from council_sources`);
    assert.deepEqual(sources, [{ enabled: false }]);
    const audit = await queryRows<{ action: string }>(t.deps.db, sql`select action from audit_log where action like 'council.%'`);
    assert.deepEqual(audit, [{ action: 'council.source.created' }]);
  });

  it('exits with 1 when the source is broken, and refuses what is no http(s) URL', async () => {
    server.routes.set('/oparl/system', (_request, response) => void response.writeHead(200, { 'content-type': 'application/json' }).end('{"type": '));
    const broken = await cli('oparl:import', `${server.base}/oparl/system`);
    assert.equal(broken.code, 1);
    assert.match(broken.stdout, /liefert kein gültiges JSON/);
    assert.match(broken.stderr, /Der Import ist gescheitert oder unvollständig/);
    const file = await cli('oparl:import', '/etc/passwd');
    assert.equal(file.code, 1);
    assert.match(file.stderr, /ist keine http\(s\)-Adresse/);
  });

  it('exits with 1 and says so when another run holds the source, having changed nothing', async () => {
    const url = `${server.base}/oparl/system`;
    await t.deps.db.execute(sql`insert into council_sources (name, url, running_since) values ('RIS', ${url}, now())`);
    const busy = await cli('oparl:import', url);
    assert.equal(busy.code, 1);
    assert.match(busy.stderr, /Für diese Quelle läuft bereits ein Import \(seit .*\)\. Dieser Lauf hat nichts geändert/);
    assert.deepEqual(await queryRows(t.deps.db, sql`select id from council_import_runs`), []);
  });
});
