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
});
