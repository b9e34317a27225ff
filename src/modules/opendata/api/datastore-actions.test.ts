import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { createAccount } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { createCkanToken } from '../access/api-tokens';
import { enqueueDatastoreLoad } from '../datastore';
import { createResource, resetDatastore } from '../datastore/test-support';
import { datasets, resources } from '../tables';
import { addMember } from '../test-support';

const CSV = Buffer.from('Stadtteil;Einwohner\nLetmathe;25000\nHennen;7000\nSümmern;5000\n');

describe('opendata CKAN API: the DataStore actions', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => resetDatastore(t));
  after(() => t.close());

  async function loaded() {
    const id = await createResource(t, { file: CSV });
    await enqueueDatastoreLoad(t.db, id);
    await t.worker.runOnce();
    return id;
  }

  async function keyOf(resourceId: string, capacity: 'member' | 'editor', scope: 'read' | 'write') {
    const [row] = await t.db
      .select({ organizationId: datasets.organizationId })
      .from(resources)
      .innerJoin(datasets, eq(datasets.id, resources.datasetId))
      .where(eq(resources.id, resourceId));
    const person = await createAccount(t, { role: 'staff' });
    await addMember(t, row!.organizationId, person.id, capacity);
    return (await createCkanToken(t.db, person.id, { name: 'test', scope, expiresAt: null })).token;
  }

  const post = async (action: string, body: unknown, token?: string) => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/3/action/${action}`,
      payload: JSON.stringify(body),
      headers: { 'content-type': 'application/json', ...(token ? { authorization: token } : {}) },
    });
    return { status: response.statusCode, body: response.json() };
  };

  it('datastore_search reads a loaded CSV with filters, as CKAN answers', async () => {
    const id = await loaded();
    const { status, body } = await post('datastore_search', { resource_id: id, filters: { Stadtteil: 'Hennen' } });
    assert.equal(status, 200);
    assert.equal(body.result.total, 1);
    assert.equal(body.result.records[0].Einwohner, 7000);
    const response = await t.client().get(`/api/3/action/datastore_search?resource_id=${id}&limit=2`);
    assert.equal(JSON.parse(response.body).result.records.length, 2);
    assert.equal((await post('datastore_search', { resource_id: '00000000-0000-4000-8000-000000000000' })).status, 404);
  });

  it('hides the table of a draft from anyone but the organisation', async () => {
    const id = await loaded();
    await t.db
      .update(datasets)
      .set({ state: 'draft' })
      .where(eq(datasets.id, (await t.db.select().from(resources).where(eq(resources.id, id)))[0]!.datasetId));
    assert.equal((await post('datastore_search', { resource_id: id })).status, 404);
    assert.equal((await post('datastore_search', { resource_id: id }, await keyOf(id, 'member', 'read'))).status, 200);
  });

  it('lets an editor with a write key push rows, and refuses members, read keys and anonymous callers', async () => {
    const id = await createResource(t);
    const fields = [
      { id: 'Zeit', type: 'timestamp' },
      { id: 'Frei', type: 'int' },
    ];
    assert.equal((await post('datastore_create', { resource_id: id, fields })).status, 403);
    assert.equal((await post('datastore_create', { resource_id: id, fields }, await keyOf(id, 'member', 'write'))).status, 403);
    assert.equal((await post('datastore_create', { resource_id: id, fields }, await keyOf(id, 'editor', 'read'))).status, 403);
    const editor = await keyOf(id, 'editor', 'write');
    const created = await post('datastore_create', { resource_id: id, fields, records: [{ Zeit: '2026-12-06T10:00:00', Frei: 120 }] }, editor);
    assert.equal(created.status, 200, JSON.stringify(created.body));
    const upserted = await post('datastore_upsert', { resource_id: id, method: 'insert', records: [{ Zeit: '2026-12-06T11:00:00', Frei: 80 }] }, editor);
    assert.equal(upserted.status, 200, JSON.stringify(upserted.body));
    assert.equal((await post('datastore_search', { resource_id: id })).body.result.total, 2);
    const bad = await post('datastore_upsert', { resource_id: id, method: 'insert', records: [{ Frei: 'viele' }] }, editor);
    assert.equal(bad.status, 409);
    assert.equal((await post('datastore_delete', { resource_id: id, filters: { Frei: 80 } }, editor)).status, 200);
    assert.equal((await post('datastore_search', { resource_id: id })).body.result.total, 1);
  });

  it('refuses pushes into a dataset maintained elsewhere (harvested or made by a module): its next run would replace the table', async () => {
    const id = await createResource(t);
    const editor = await keyOf(id, 'editor', 'write');
    const [{ datasetId }] = (await t.db.select({ datasetId: resources.datasetId }).from(resources).where(eq(resources.id, id))) as [{ datasetId: string }];
    const fields = [{ id: 'Frei', type: 'int' }];
    for (const origin of [{ origin: 'module', originRef: 'services:leistungen-der-stadtverwaltung' }, { origin: 'harvest' }] as const) {
      await t.db.update(datasets).set(origin).where(eq(datasets.id, datasetId));
      const refused = await post('datastore_create', { resource_id: id, fields }, editor);
      assert.equal(refused.status, 403, origin.origin);
      assert.match(refused.body.error.message, origin.origin === 'module' ? /Leistungskatalog/ : /übernommen/);
    }
  });

  it('refuses datastore_search_sql unless it is switched on', async () => {
    const id = await loaded();
    const { status } = await post('datastore_search_sql', { sql: `select * from "${id}"` });
    assert.equal(status, 403);
  });
});
