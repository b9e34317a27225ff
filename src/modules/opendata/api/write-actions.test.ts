/**
 * Who may call which CKAN write action: a key with write scope of an editor or admin of the
 * dataset's organisation (portal admins everywhere). Without a key, with a read-only one, as a
 * member, for another organisation or without the permission to publish: CKAN's Authorization
 * Error (403); a dataset the caller may not even see: Not Found (404). A dataset a module of the
 * portal keeps current is nobody's to change here: 403 for everyone. The table is the specification.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../../kernel/audit';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { datasetUri, organisationUri } from '../dcat/uris';
import { findDatasetById, listResources, listRevisions } from '../repository/datasets';
import type { Organization } from '../tables';
import { createHarvestedDataset, createModuleDataset } from '../publishing/test-support';
import { createDataset, createOrganization } from '../test-support';
import { adminKey, ckanPost, keyOf, NEW_PACKAGE } from './test-support';

type Caller = 'anonymous' | 'readKey' | 'noPermission' | 'cityMember' | 'worksEditor' | 'cityEditor' | 'cityAdmin' | 'portalAdmin';
const CALLERS: Caller[] = ['anonymous', 'readKey', 'noPermission', 'cityMember', 'worksEditor', 'cityEditor', 'cityAdmin', 'portalAdmin'];

interface Target {
  datasetId: string;
  datasetName: string;
  resourceId: string;
}
interface Row {
  action: string;
  draft?: boolean;
  /** The target is a module's dataset (the Leistungskatalog's), which its job rewrites. */
  module?: boolean;
  body: (target: Target, caller: Caller) => Record<string, unknown>;
  expect: Partial<Record<Caller, number>> & { otherwise: number };
}

const EDITORS = { cityEditor: 200, cityAdmin: 200, portalAdmin: 200, otherwise: 403 };
const NOBODY = { otherwise: 403 };

const MATRIX: Row[] = [
  { action: 'package_create', body: (target, caller) => ({ ...NEW_PACKAGE, name: `neu-${caller.toLowerCase()}`, owner_org: 'stadt' }), expect: EDITORS },
  { action: 'package_patch', body: (target) => ({ id: target.datasetName, title: 'Neuer Titel' }), expect: EDITORS },
  { action: 'package_update', body: (target) => ({ ...NEW_PACKAGE, id: target.datasetId, name: target.datasetName }), expect: EDITORS },
  { action: 'package_delete', body: (target) => ({ id: target.datasetId }), expect: EDITORS },
  { action: 'resource_create', body: (target) => ({ package_id: target.datasetId, url: 'https://daten.iserlohn.example/neu.csv' }), expect: EDITORS },
  { action: 'resource_update', body: (target) => ({ id: target.resourceId, name: 'Umbenannt' }), expect: EDITORS },
  { action: 'resource_delete', body: (target) => ({ id: target.resourceId }), expect: EDITORS },
  // A draft is the organisation's: another organisation's editor is told it does not exist.
  { action: 'package_patch', draft: true, body: (target) => ({ id: target.datasetId, title: 'Neuer Titel' }), expect: { ...EDITORS, worksEditor: 404 } },
  { action: 'resource_delete', draft: true, body: (target) => ({ id: target.resourceId }), expect: { ...EDITORS, worksEditor: 404 } },
  { action: 'package_patch', module: true, body: (target) => ({ id: target.datasetName, title: 'Neuer Titel' }), expect: NOBODY },
  { action: 'package_update', module: true, body: (target) => ({ ...NEW_PACKAGE, id: target.datasetId, name: target.datasetName }), expect: NOBODY },
  { action: 'package_delete', module: true, body: (target) => ({ id: target.datasetId }), expect: NOBODY },
  {
    action: 'resource_create',
    module: true,
    body: (target) => ({ package_id: target.datasetId, url: 'https://daten.iserlohn.example/neu.csv' }),
    expect: NOBODY,
  },
  { action: 'resource_update', module: true, body: (target) => ({ id: target.resourceId, name: 'Umbenannt' }), expect: NOBODY },
  { action: 'resource_delete', module: true, body: (target) => ({ id: target.resourceId }), expect: NOBODY },
];

describe('opendata CKAN API: who may write', () => {
  let t: TestApp;
  let city: Organization;
  let works: Organization;
  const keys = new Map<Caller, string | undefined>();

  before(async () => {
    t = await createTestApp();
    city = await createOrganization(t, { name: 'stadt', title: 'Stadt Iserlohn' });
    works = await createOrganization(t, { name: 'stadtwerke', title: 'Stadtwerke Iserlohn', kind: 'company' });
    keys.set('anonymous', undefined);
    keys.set('readKey', await keyOf(t, city.id, { scope: 'read' }));
    keys.set('noPermission', await keyOf(t, city.id, { permission: false }));
    keys.set('cityMember', await keyOf(t, city.id, { capacity: 'member' }));
    keys.set('worksEditor', await keyOf(t, works.id));
    keys.set('cityEditor', await keyOf(t, city.id));
    keys.set('cityAdmin', await keyOf(t, city.id, { capacity: 'admin' }));
    keys.set('portalAdmin', await adminKey(t));
  });
  after(() => t.close());

  async function target(draft: boolean, module = false): Promise<Target> {
    const dataset = module
      ? await createModuleDataset(t, city.id)
      : await createDataset(t, city.id, { state: draft ? 'draft' : 'active' }, [{ name: 'Liste', format: 'CSV' }]);
    const [resource] = await listResources(t.db, dataset.id);
    return { datasetId: dataset.id, datasetName: dataset.name, resourceId: resource!.id };
  }

  for (const row of MATRIX) {
    it(`${row.action}${row.draft ? ' (draft)' : ''}${row.module ? ' (module dataset)' : ''}`, async () => {
      for (const caller of CALLERS) {
        const fixture = await target(row.draft ?? false, row.module);
        const { status, body } = await ckanPost(t, row.action, row.body(fixture, caller), keys.get(caller));
        const expected = row.expect[caller] ?? row.expect.otherwise;
        assert.equal(status, expected, `${caller}: ${JSON.stringify(body.error)}`);
        assert.equal(body.success, expected === 200);
        if (expected === 403) assert.equal(body.error?.__type, 'Authorization Error');
        if (expected === 404) assert.equal(body.error?.__type, 'Not Found Error');
        if (expected !== 200) {
          const after = await findDatasetById(t.db, fixture.datasetId);
          assert.deepEqual([after?.state, after?.revision], [row.draft ? 'draft' : 'active', 1], `${caller} changed nothing`);
          assert.equal((await listResources(t.db, fixture.datasetId)).length, 1, `${caller} changed no resource`);
        }
      }
    });
  }

  it('takes the key raw, as Bearer and as X-CKAN-API-Key, and writes the audit entry of the back office', async () => {
    const key = keys.get('cityEditor')!;
    const fixture = await target(false);
    const patch = (headers: Record<string, string>, title: string) =>
      t.app.inject({ method: 'POST', url: '/api/action/package_patch', payload: { id: fixture.datasetId, title }, headers });
    assert.equal((await patch({ authorization: `Bearer ${key}` }, 'Eins')).statusCode, 200);
    assert.equal((await patch({ 'x-ckan-api-key': key }, 'Zwei')).statusCode, 200);
    assert.equal((await findDatasetById(t.db, fixture.datasetId))?.title, 'Zwei');
    const entries = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'opendata.dataset.updated'), eq(auditLog.objectId, fixture.datasetId)));
    assert.equal(entries.length, 2);
  });

  it('refuses every change of a harvested dataset, even to the portal admin: the next harvest would overwrite it', async () => {
    const harvested = await createHarvestedDataset(t, city.id, { name: 'geerntet-api' });
    const [resource] = await listResources(t.db, harvested.id);
    const calls: Array<[string, Record<string, unknown>]> = [
      ['package_patch', { id: harvested.name, title: 'Geändert' }],
      ['package_delete', { id: harvested.id }],
      ['resource_create', { package_id: harvested.id, url: 'https://daten.iserlohn.example/neu.csv' }],
      ['resource_delete', { id: resource!.id }],
    ];
    for (const [action, body] of calls) {
      const { status, body: answer } = await ckanPost(t, action, body, keys.get('portalAdmin'));
      assert.equal(status, 403, action);
      assert.match(String(answer.error?.message), /übernommen/, action);
    }
    const after = await findDatasetById(t.db, harvested.id);
    assert.equal(after?.title, harvested.title);
    assert.equal(after?.state, 'active');
    assert.equal((await listResources(t.db, harvested.id)).length, 1);
  });

  it('refuses every change of a module’s dataset with where it comes from: its job would overwrite it', async () => {
    const dataset = await createModuleDataset(t, city.id, { title: 'Leistungen der Stadtverwaltung' });
    const { status, body } = await ckanPost(t, 'package_patch', { id: dataset.name, title: 'Geändert' }, keys.get('portalAdmin'));
    assert.equal(status, 403);
    assert.deepEqual(body.error, {
      __type: 'Authorization Error',
      message:
        'Access denied: Dieser Datensatz wird vom Portal selbst aus dem Leistungskatalog erstellt und bei jeder Änderung aktualisiert; er kann hier nicht bearbeitet werden.',
    });
    assert.equal((await findDatasetById(t.db, dataset.id))?.title, 'Leistungen der Stadtverwaltung');
  });

  it('moves a dataset to another organisation for whoever edits datasets in both, as CKAN does; its id, name and URIs stay', async () => {
    const both = await keyOf(t, [city.id, works.id]);
    const fixture = await target(false);
    const moved = await ckanPost(t, 'package_patch', { id: fixture.datasetName, owner_org: 'stadtwerke' }, both);
    assert.equal(moved.status, 200, JSON.stringify(moved.body.error));
    const dict = moved.body.result as { id: string; name: string; owner_org: string; organization: { name: string } };
    assert.deepEqual([dict.id, dict.name, dict.owner_org, dict.organization.name], [fixture.datasetId, fixture.datasetName, works.id, 'stadtwerke']);
    const stored = await findDatasetById(t.db, fixture.datasetId);
    assert.deepEqual([stored?.organizationId, stored?.revision], [works.id, 2], 'moved in one revision');
    assert.equal((await listRevisions(t.db, fixture.datasetId)).length, 2);
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'opendata.dataset.moved'), eq(auditLog.objectId, fixture.datasetId)));
    assert.deepEqual(entry?.details, { name: fixture.datasetName, from: city.id, to: works.id });
    const turtle = await t.app.inject({ method: 'GET', url: `/dataset/${fixture.datasetName}.ttl` });
    assert.ok(turtle.body.includes(`<${datasetUri(t.deps.config.baseUrl, fixture.datasetName)}>`), 'the dataset keeps its URI');
    assert.ok(turtle.body.includes(organisationUri(t.deps.config.baseUrl, 'stadtwerke')), 'published by its new organisation');
    // package_update with the organisation's id moves it back.
    const back = await ckanPost(t, 'package_update', { ...NEW_PACKAGE, id: fixture.datasetId, name: fixture.datasetName, owner_org: city.id }, both);
    assert.equal(back.status, 200, JSON.stringify(back.body.error));
    assert.equal((await findDatasetById(t.db, fixture.datasetId))?.organizationId, city.id);
  });

  it('refuses a move to an organisation where the caller does not edit (403), and to an unknown one (409 on owner_org)', async () => {
    const fixture = await target(false);
    const refused = await ckanPost(t, 'package_patch', { id: fixture.datasetId, owner_org: 'stadtwerke' }, keys.get('cityEditor'));
    assert.equal(refused.status, 403);
    assert.equal(refused.body.error?.__type, 'Authorization Error');
    const unknown = await ckanPost(
      t,
      'package_update',
      { ...NEW_PACKAGE, id: fixture.datasetId, name: fixture.datasetName, owner_org: 'gibt-es-nicht' },
      keys.get('cityEditor'),
    );
    assert.equal(unknown.status, 409);
    assert.deepEqual(unknown.body.error, { __type: 'Validation Error', owner_org: ['Organization does not exist'] });
    const stored = await findDatasetById(t.db, fixture.datasetId);
    assert.deepEqual([stored?.organizationId, stored?.revision], [city.id, 1], 'nothing changed');
    const moves = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'opendata.dataset.moved'), eq(auditLog.objectId, fixture.datasetId)));
    assert.equal(moves.length, 0);
  });

  it('refuses GET on a write action as CKAN does, and answers an unknown dataset with 404', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/3/action/package_create?name=x' });
    assert.equal(response.statusCode, 400);
    assert.equal(response.json(), 'Bad request - JSON Error: Invalid request. Please use POST method for your request');
    const missing = await ckanPost(t, 'package_patch', { id: 'gibt-es-nicht', title: 'x' }, keys.get('cityEditor'));
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error?.__type, 'Not Found Error');
  });

  it('answers bad input with 409 and CKAN’s field errors, keyed as the client sent them', async () => {
    const key = keys.get('cityEditor');
    const taken = await target(false);
    const cases: Array<[Record<string, unknown>, Record<string, unknown>]> = [
      [{ ...NEW_PACKAGE }, { name: ['Missing value'], owner_org: ['Missing value'] }],
      [{ ...NEW_PACKAGE, name: taken.datasetName, owner_org: city.id }, { name: ['That URL is already in use.'] }],
      [{ ...NEW_PACKAGE, name: 'neu-x', owner_org: 'gibt-es-nicht' }, { owner_org: ['Organization does not exist'] }],
      [{ ...NEW_PACKAGE, name: 'neu-y', owner_org: 'stadt', license_id: 'frei' }, { license_id: ['Wählen Sie eine Lizenz aus der Liste aus.'] }],
      [{ ...NEW_PACKAGE, name: 'neu-z', owner_org: 'stadt', private: 'vielleicht' }, { private: ["String is not true/false: 'vielleicht'"] }],
      [
        { ...NEW_PACKAGE, name: 'neu-w', owner_org: 'stadt', maintainer_email: 'kein-postfach' },
        { maintainer_email: ['Geben Sie eine E-Mail-Adresse im richtigen Format an, zum Beispiel name@beispiel.de.'] },
      ],
    ];
    for (const [sent, fields] of cases) {
      const { status, body } = await ckanPost(t, 'package_create', sent, key);
      assert.equal(status, 409, JSON.stringify(body));
      assert.deepEqual(body.error, { __type: 'Validation Error', ...fields });
    }
    const link = await ckanPost(t, 'resource_create', { package_id: taken.datasetId, url: 'ftp://alt.example/x' }, key);
    assert.equal(link.status, 409);
    assert.deepEqual(Object.keys(link.body.error!), ['__type', 'url']);
  });
});
