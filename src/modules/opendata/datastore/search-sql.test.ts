import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TEST_DATABASE_URL } from '../../../../tests/support/database';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import type { ModuleDeps } from '../../../kernel/module';
import { enqueueDatastoreLoad } from './job';
import { datastoreSearchSql, MAX_SQL_CHARS } from './search-sql';
import { createResource, modulesWithDatastore, resetDatastore, tableRows } from './test-support';

describe('DataStore: datastore_search_sql', () => {
  let t: TestApp;
  let open: string;
  let hidden: string;
  const publicTables = async (names: readonly string[]) => new Set(names.filter((name) => name === open));

  before(async () => {
    t = await createTestApp({
      modules: modulesWithDatastore(),
      env: { DATASTORE_SQL_ENABLED: 'true', DATASTORE_SQL_TIMEOUT_MS: '500', DATASTORE_ROWS_MAX: '3' },
    });
    await resetDatastore(t);
    open = await createResource(t, { file: Buffer.from('Name;Anzahl\nA;1\nB;2\nA;3\nC;4\nD;5\n') });
    hidden = await createResource(t, { file: Buffer.from('Geheim\nx\n') });
    await enqueueDatastoreLoad(t.db, open);
    await enqueueDatastoreLoad(t.db, hidden);
    await t.worker.runOnce();
  });
  after(() => t.close());

  const run = (sql: string, deps: Pick<ModuleDeps, 'database' | 'config'> = t.deps) => datastoreSearchSql({ sql }, publicTables, deps);

  it('is not offered on PGlite, which cannot stop a running statement', { skip: Boolean(TEST_DATABASE_URL) }, async () => {
    await assert.rejects(() => run('select 1'), { code: 'datastore_sql_unavailable', status: 403 });
  });

  describe('on PostgreSQL', { skip: !TEST_DATABASE_URL && 'needs TEST_DATABASE_URL (scripts/pg-test-cluster.sh run …)' }, () => {
    it('answers a good query in CKAN’s shape, at most rowsMax rows', async () => {
      assert.deepEqual(await run(`select "Name", sum("Anzahl") as summe from "${open}" where "Anzahl" > 1 group by 1 order by 1;`), {
        ok: true,
        result: {
          fields: [
            { id: 'Name', type: 'text' },
            { id: 'summe', type: 'numeric' },
          ],
          records: [
            { Name: 'A', summe: 3 },
            { Name: 'B', summe: 2 },
            { Name: 'C', summe: 4 },
          ],
          records_truncated: true,
        },
      });
    });

    it('is off unless the setting switches it on', async () => {
      const settings = { ...t.config.settings, 'opendata.datastore': { rowsMax: 3, sqlEnabled: false, sqlTimeoutMs: 500 } };
      await assert.rejects(() => run('select 1', { ...t.deps, config: { ...t.config, settings } }), { code: 'datastore_sql_unavailable' });
    });

    const refused: Array<[string, (ids: { open: string; hidden: string }) => string, RegExp]> = [
      ['pg_sleep', () => 'select pg_sleep(10)', /Die Funktion „pg_sleep“ ist in Abfragen nicht erlaubt\./],
      ['pg_sleep in a quoted name', () => 'select "pg_sleep"(10)', /„pg_sleep“/],
      ['pg_terminate_backend', () => 'select pg_terminate_backend(pg_backend_pid())', /nicht erlaubt/],
      ['set_config', () => "select set_config('default_transaction_read_only', 'off', true)", /„set_config“/],
      ['the portal’s users', () => 'select * from public.users', /„users“ gehört nicht dazu/],
      ['users through the search path', () => 'select * from users', /"users" does not exist/],
      ['pg_shadow', () => 'select * from pg_shadow', /DataStore-Tabellen|pg_shadow/],
      ['pg_stat_activity', () => 'select query from pg_stat_activity', /nicht erlaubt|gehört nicht dazu/],
      ['a private dataset’s table', ({ hidden }) => `select * from "${hidden}"`, /gehört nicht dazu/],
      ['a CTE that deletes', ({ open }) => `with x as (delete from "${open}" returning *) select * from x`, /darf nur lesen/],
      ['a second statement', ({ open }) => `select 1; drop table "${open}"`, /genau eine SELECT-Abfrage/],
      ['a statement that is no SELECT', ({ open }) => `drop table "${open}"`, /genau eine SELECT-Abfrage/],
      ['select into', ({ open }) => `select * into kopie from "${open}"`, /darf nur lesen/],
      ['a row lock', ({ open }) => `select * from "${open}" for update`, /darf nur lesen/],
      ['a very long text', () => `select 1${' + 1'.repeat(MAX_SQL_CHARS / 4)}`, /zu lang/],
      ['a query that runs past the timeout', () => 'select count(*) from generate_series(1, 1000000000)', /länger als 0,5 Sekunden/],
    ];
    for (const [what, sql, message] of refused) {
      it(`refuses or stops ${what}`, async () => {
        const outcome = await run(sql({ open, hidden }));
        assert.equal(outcome.ok, false);
        assert.match(outcome.ok ? '' : outcome.errors.sql!, message);
      });
    }

    it('leaves the tables as they were', async () => {
      assert.equal((await tableRows(t, open)).length, 5);
      assert.equal((await tableRows(t, hidden)).length, 1);
    });
  });
});
