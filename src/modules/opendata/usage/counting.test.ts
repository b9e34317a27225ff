import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { queryRows } from '../../../kernel/db';
import { storeUpload } from '../../../kernel/files';
import { enqueueDatastoreLoad } from '../datastore';
import { createResource } from '../datastore/test-support';
import { syncModuleDatasets } from '../module-datasets/sync';
import { OPENDATA_PATHS } from '../paths';
import { createDataset, createOrganization } from '../test-support';
import { flushUsageNow } from './counting';
import { usageDay } from './days';

interface Stored {
  name: string;
  day: string;
  page_views: number;
  downloads: number;
  api_calls: number;
}

const BROWSER = { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/130.0' };

describe('opendata usage: counting', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  async function stored(): Promise<Stored[]> {
    await flushUsageNow(t.app);
    return queryRows<Stored>(
      t.db,
      sql`select d.name, to_char(u.day, 'YYYY-MM-DD') as day, u.page_views, u.downloads, u.api_calls
          from opendata_usage_daily u join opendata_datasets d on d.id = u.dataset_id order by d.name`,
    );
  }

  async function figures(name: string) {
    const row = (await stored()).find((candidate) => candidate.name === name);
    return row ? { views: row.page_views, downloads: row.downloads, api: row.api_calls } : { views: 0, downloads: 0, api: 0 };
  }

  it('counts dataset page views, including the ones the page cache answers', async () => {
    const city = await createOrganization(t);
    const dataset = await createDataset(t, city.id, { name: 'parken', title: 'Parkhäuser' });
    const first = await t.client().get(OPENDATA_PATHS.dataset('parken'), BROWSER);
    assert.match(first.body, /Parkhäuser/);
    // Change the title without telling the cache (its notification trigger off): a page with the old title came from the cache.
    await t.db.execute(sql`alter table opendata_datasets disable trigger opendata_datasets_notify_change`);
    await t.db.execute(sql`update opendata_datasets set title = 'Geändert' where id = ${dataset.id}`);
    await t.db.execute(sql`alter table opendata_datasets enable trigger opendata_datasets_notify_change`);
    const second = await t.client().get(OPENDATA_PATHS.dataset('parken'), BROWSER);
    assert.match(second.body, /Parkhäuser/, 'the second page came from the cache');
    assert.deepEqual(await stored(), [{ name: 'parken', day: usageDay(new Date()), page_views: 2, downloads: 0, api_calls: 0 }]);
  });

  it('adds each flush to what is stored, and counts nothing for a missing dataset', async () => {
    const city = await createOrganization(t);
    await createDataset(t, city.id, { name: 'parken' });
    await t.client().get(OPENDATA_PATHS.dataset('parken'), BROWSER);
    assert.equal((await figures('parken')).views, 1);
    await t.client().get(OPENDATA_PATHS.dataset('parken'), BROWSER);
    await t.client().get(OPENDATA_PATHS.dataset('parken'), BROWSER);
    assert.equal((await figures('parken')).views, 3);
    assert.equal((await t.client().get(OPENDATA_PATHS.dataset('gibt-es-nicht'), BROWSER)).statusCode, 404);
    assert.deepEqual(
      (await stored()).map((row) => row.name),
      ['parken'],
    );
  });

  it('skips bots and HEAD requests, on rendered and on cached pages', async () => {
    const city = await createOrganization(t);
    await createDataset(t, city.id, { name: 'parken' });
    for (const agent of [
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'facebookexternalhit/1.1',
      'Mozilla/5.0 (compatible; bingbot/2.0)',
    ]) {
      assert.equal((await t.client().get(OPENDATA_PATHS.dataset('parken'), { 'user-agent': agent })).statusCode, 200);
    }
    const head = await t.app.inject({ method: 'HEAD', url: OPENDATA_PATHS.dataset('parken'), headers: BROWSER });
    assert.equal(head.statusCode, 200);
    assert.equal((await figures('parken')).views, 0);
    await t.client().get(OPENDATA_PATHS.dataset('parken'), BROWSER);
    assert.equal((await figures('parken')).views, 1);
  });

  it('counts downloads of a file, not of a missing one', async () => {
    const city = await createOrganization(t);
    const file = await storeUpload(t.deps.files, { fieldName: 'datei', filename: 'parken.csv', body: Buffer.from('a;b\n1;2\n'), detectedType: 'text/csv' });
    const dataset = await createDataset(t, city.id, { name: 'parken' }, [
      { name: 'Tabelle', format: 'CSV', url: null, fileKey: file.storageKey, fileName: 'parken.csv', byteSize: file.size, mediaType: 'text/csv' },
    ]);
    const [resource] = await queryRows<{ id: string }>(t.db, sql`select id from opendata_resources where dataset_id = ${dataset.id}`);
    assert.equal((await t.client().get(OPENDATA_PATHS.resourceDownload('parken', resource!.id), BROWSER)).statusCode, 200);
    assert.equal((await t.client().get(OPENDATA_PATHS.resourceDownload('parken', '00000000-0000-0000-0000-000000000000'), BROWSER)).statusCode, 404);
    assert.deepEqual(await figures('parken'), { views: 0, downloads: 1, api: 0 });
  });

  it('counts a DataStore table as download and its search as API call', async () => {
    const resourceId = await createResource(t, { file: Buffer.from('Stadtteil;Einwohner\nLetmathe;25000\nHennen;7000\n') });
    await enqueueDatastoreLoad(t.db, resourceId);
    await t.worker.runOnce();
    const [{ name }] = (await queryRows<{ name: string }>(
      t.db,
      sql`select d.name from opendata_resources r join opendata_datasets d on d.id = r.dataset_id where r.id = ${resourceId}`,
    )) as [{ name: string }];
    await t.settled();
    assert.equal((await t.client().get(OPENDATA_PATHS.resourceTable(name, resourceId, 'csv'), BROWSER)).statusCode, 200);
    assert.equal((await t.client().get(OPENDATA_PATHS.resourceTable(name, resourceId, 'json'), BROWSER)).statusCode, 200);
    assert.equal((await t.client().get(`/api/3/action/datastore_search?resource_id=${resourceId}`, BROWSER)).statusCode, 200);
    assert.deepEqual(await figures(name), { views: 0, downloads: 2, api: 1 });
  });

  it('counts the generated files of the modules’ datasets as downloads', async () => {
    await createOrganization(t);
    await createDataset(t, (await createOrganization(t, { kind: 'company' })).id, { name: 'parken' });
    await t.client().get(OPENDATA_PATHS.dataset('parken'), BROWSER);
    await flushUsageNow(t.app);
    await syncModuleDatasets(t.deps);
    await t.settled();
    const file = await t.client().get(`${OPENDATA_PATHS.dataset('nutzung-des-transparenzportals')}/export.json`, BROWSER);
    assert.equal(file.statusCode, 200);
    assert.equal((await figures('nutzung-des-transparenzportals')).downloads, 1);
  });

  it('counts API calls about one dataset (package_show by name or id, resource_show), not searches or lists', async () => {
    const city = await createOrganization(t);
    const dataset = await createDataset(t, city.id, { name: 'parken' }, [{ name: 'Tabelle', format: 'CSV' }]);
    const [resource] = await queryRows<{ id: string }>(t.db, sql`select id from opendata_resources where dataset_id = ${dataset.id}`);
    const api = (query: string, agent = 'ckanapi/4.7') => t.app.inject({ method: 'GET', url: `/api/3/action/${query}`, headers: { 'user-agent': agent } });
    assert.equal((await api('package_show?id=parken')).statusCode, 200);
    assert.equal((await api(`package_show?id=${dataset.id}`)).statusCode, 200);
    assert.equal((await api(`resource_show?id=${resource!.id}`)).statusCode, 200);
    assert.equal((await api('package_show?id=parken', 'Mozilla/5.0 (compatible; YandexBot/3.0)')).statusCode, 200);
    assert.equal((await api('package_show?id=gibt-es-nicht')).statusCode, 404);
    assert.equal((await api('package_search?q=parken')).statusCode, 200);
    assert.equal((await api('package_list')).statusCode, 200);
    assert.deepEqual(await figures('parken'), { views: 0, downloads: 0, api: 3 });
  });
});

describe('opendata usage: shutting down', () => {
  it('writes what was counted when the app closes', async () => {
    const t = await createTestApp();
    try {
      await createDataset(t, (await createOrganization(t)).id, { name: 'parken' });
      assert.equal((await t.client().get(OPENDATA_PATHS.dataset('parken'), BROWSER)).statusCode, 200);
      await t.app.close();
      const rows = await queryRows<{ page_views: number }>(t.db, sql`select page_views from opendata_usage_daily`);
      assert.deepEqual(rows, [{ page_views: 1 }]);
    } finally {
      await t.close();
    }
  });
});
