import assert from 'node:assert/strict';
import { text } from 'node:stream/consumers';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { downloadDatastore } from './download';
import { enqueueDatastoreLoad } from './job';
import { createResource, modulesWithDatastore, resetDatastore } from './test-support';

describe('DataStore: download', () => {
  let t: TestApp;
  let id: string;
  before(async () => {
    t = await createTestApp({ modules: modulesWithDatastore() });
    await resetDatastore(t);
    const lines = ['Name;Wert'];
    // More rows than one page of the download, and values that need quoting.
    for (let n = 1; n <= 5002; n += 1) lines.push(n === 2 ? '"Komma, und ""Zitat""";2,5' : `Zeile ${n};${n}`);
    id = await createResource(t, { file: Buffer.from(lines.join('\n')) });
    await enqueueDatastoreLoad(t.db, id);
    await t.worker.runOnce();
  });
  after(() => t.close());

  it('streams every row as CSV with a header, across pages', async () => {
    const csv = await text(await downloadDatastore(id, 'csv', t.deps, { bom: true }));
    const lines = csv.split('\r\n');
    assert.equal(lines[0], '\uFEFF_id,Name,Wert');
    assert.equal(lines[2], '2,"Komma, und ""Zitat""",2.5');
    assert.equal(lines[5002], '5002,Zeile 5002,5002');
    assert.equal(lines.length, 5004);
  });

  it('streams JSON as CKAN’s dump: fields and records as lists', async () => {
    const json = JSON.parse(await text(await downloadDatastore(id, 'json', t.deps))) as { fields: Array<{ id: string; type: string }>; records: unknown[][] };
    assert.deepEqual(
      json.fields.map((field) => [field.id, field.type]),
      [
        ['_id', 'int'],
        ['Name', 'text'],
        ['Wert', 'numeric'],
      ],
    );
    assert.equal(json.records.length, 5002);
    assert.deepEqual(json.records[5001], [5002, 'Zeile 5002', 5002]);
  });
});
