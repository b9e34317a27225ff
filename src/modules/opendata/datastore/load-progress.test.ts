import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { enqueueDatastoreLoad } from './job';
import { loadDatastore } from './load';
import { datastoreSearch } from './search';
import { datastoreSearchSchema } from './search-params';
import { createResource, modulesWithDatastore, replaceFile, resetDatastore, statusOf } from './test-support';
import { queryRows } from '../../../kernel/db';
import { sql } from 'drizzle-orm';
import { testWorkbook } from './xlsx/test-workbook';
import { xlsxPhaseOf } from './xlsx/progress';

/** Every state the status row goes through, as the page and its JSON would read it: a trigger logs each write (dropped with the schema). */
const LOG_PROGRESS = `
  create table datastore.progress_log (n serial primary key, status text, loaded bigint, total bigint, row_count bigint);
  create function datastore.log_progress() returns trigger language plpgsql as $$
    begin
      insert into datastore.progress_log (status, loaded, total, row_count) values (new.status, new.loaded_bytes, new.total_bytes, new.row_count);
      return new;
    end $$;
  create trigger log_progress after insert or update on opendata_datastore_tables for each row execute function datastore.log_progress();`;

interface Logged {
  status: string;
  loaded: number;
  total: number | null;
  row_count: number;
}

const text = (value: string) => `<c t="inlineStr"><is><t>${value}</t></is></c>`;
const number = (value: number) => `<c><v>${value}</v></c>`;
/** 6,000 rows: a sheet of some 400 KB, converted in several chunks, loaded in several. */
const workbook = () =>
  testWorkbook({
    sheets: {
      'sheet1.xml': [`<row>${text('Nr')}${text('Name')}</row>`, ...Array.from({ length: 6000 }, (_, n) => `<row>${number(n)}${text(`Zeile ${n}`)}</row>`)].join(
        '',
      ),
    },
  });

describe('DataStore: a running load', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ modules: modulesWithDatastore() });
    await resetDatastore(t);
  });
  after(() => t.close());

  it('reports bytes and rows as it goes, while searches still read the previous table', async () => {
    const id = await createResource(t, { file: Buffer.from('Nr;Name\n1;alt\n') });
    await enqueueDatastoreLoad(t.db, id);
    await t.worker.runOnce();
    const lines = ['Nr;Name'];
    for (let n = 1; n <= 8000; n += 1) lines.push(`${n};Zeile ${n} mit etwas Text`);
    const file = Buffer.from(`${lines.join('\n')}\n`);
    await replaceFile(t, id, file);
    // The file arrives in two parts; the second only once the first is seen in the progress.
    const source = new PassThrough();
    const half = file.indexOf('\n', file.length / 2) + 1;
    source.write(file.subarray(0, half));
    const loading = loadDatastore(id, { ...t.deps, files: { ...t.deps.files, get: async () => source } }, { chunkRows: 500 });

    let status = await statusOf(t, id);
    for (let waited = 0; (status?.rowCount ?? 0) < 1000 && waited < 100; waited += 1) {
      await sleep(50);
      status = await statusOf(t, id);
    }
    assert.equal(status?.status, 'loading');
    assert.equal(status?.totalBytes, file.length);
    assert.equal(status?.loadedBytes, half);
    assert.ok(status!.rowCount >= 1000 && status!.rowCount % 500 === 0, `rows so far: ${status?.rowCount}`);
    const during = await datastoreSearch(datastoreSearchSchema.parse({ resource_id: id }), t.deps);
    assert.deepEqual(during.ok && during.result.records, [{ _id: 1, Nr: 1, Name: 'alt' }]);

    source.end(file.subarray(half));
    await loading;
    status = await statusOf(t, id);
    assert.deepEqual([status?.status, status?.rowCount, status?.loadedBytes], ['active', 8000, file.length]);
  });

  // The CSV's bar moves by the chunks of the file (64 KB): some 450 KB.
  for (const [format, file, rows] of [
    ['XLSX', workbook, 6000],
    ['CSV', () => Buffer.from(`Nr;Name\n${Array.from({ length: 30000 }, (_, n) => `${n};Zeile ${n}`).join('\n')}\n`), 30000],
  ] as const) {
    it(`fills the bar once from 0 to 100 % over a ${format} load, on PGlite and on PostgreSQL (COPY)`, async () => {
      await resetDatastore(t);
      await t.database.handle.execScript(LOG_PROGRESS);
      const id = await createResource(t, { file: file(), format });
      await loadDatastore(id, t.deps, { chunkRows: 500 });
      const log = await queryRows<Logged>(t.db, sql`select status, loaded::int, total::int, row_count::int from datastore.progress_log order by n`);
      const loading = log.filter((entry) => entry.status === 'loading');
      const shares = loading.map((entry) => entry.loaded / entry.total!);
      assert.equal(shares[0], 0);
      shares.forEach((share, index) =>
        assert.ok(index === 0 || share >= shares[index - 1]!, `the bar went back from ${shares[index - 1]} to ${share}: ${shares.join(', ')}`),
      );
      assert.ok(new Set(shares).size >= 5, `the bar moves on the way: ${shares.join(', ')}`);
      assert.deepEqual(log.at(-1), { status: 'active', loaded: file().length, total: file().length, row_count: rows });
      const rowsLoaded = loading.map((entry) => entry.row_count);
      rowsLoaded.forEach((rows, index) => assert.ok(index === 0 || rows >= rowsLoaded[index - 1]!, `rows went back: ${rowsLoaded.join(', ')}`));
      if (format === 'XLSX') {
        // The steps in order: the sheet is read (some of the bar, no rows yet), then the rows load.
        const phases = loading.map((entry) => xlsxPhaseOf(entry.loaded, entry.total!));
        assert.deepEqual([...new Set(phases)], ['reading', 'rows']);
        assert.ok(loading.some((entry, index) => phases[index] === 'reading' && entry.loaded > 0 && entry.row_count === 0));
      }
      await resetDatastore(t);
    });
  }
});
