/**
 * The CKAN write actions as clients use them: what package_show answers goes back to package_update
 * unchanged, a real GovData dict can be created, uploads are held to the organisation's limit and
 * checked, and ckanapi's usual sequence (create, upload, patch, show, delete) works.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { filesBelow, SAMPLE_FILES } from '../../../../tests/support/files';
import { multipartBody } from '../../../../tests/support/multipart';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { shapeDifferences } from '../ckan/contract-shape';
import { findDatasetByName, listResources } from '../repository/datasets';
import { datastoreTables } from '../tables/datastore';
import { apiTokens } from '../tables';
import { addMember, createOrganization } from '../test-support';
import { ckanPost, ckanSample as sample, keyOf, NEW_PACKAGE, NOT_ANSWERED } from './test-support';

type Dict = Record<string, unknown> & { id: string; resources: Array<Record<string, unknown> & { id: string }> };

const CSV = Buffer.from('Stadtteil;Bäume\nLetmathe;2500\nHennen;700\n');

describe('opendata CKAN API: writing as clients do', () => {
  let t: TestApp;
  let key: string;
  before(async () => {
    t = await createTestApp();
    const city = await createOrganization(t, { name: 'stadt', title: 'Stadt Iserlohn' });
    key = await keyOf(t, city.id);
    const small = await createOrganization(t, { name: 'klein', title: 'Kleiner Verein', uploadLimitBytes: 100 });
    const [person] = await t.db.select({ userId: apiTokens.userId }).from(apiTokens);
    await addMember(t, small.id, person!.userId, 'editor');
  });
  after(() => t.close());

  const call = async (action: string, body: unknown) => {
    const answer = await ckanPost(t, action, body, key);
    assert.equal(answer.status, 200, `${action}: ${JSON.stringify(answer.body.error)}`);
    return answer.body.result as Dict;
  };
  const upload = (datasetId: string, filename: string, bytes: Buffer, fields: Record<string, string> = {}) =>
    ckanPost(t, 'resource_create', undefined, key, multipartBody({ package_id: datasetId, ...fields }, [{ field: 'upload', filename, bytes }]));

  it('takes back what package_show answers unchanged: same fields, same resources with their ids', async () => {
    const created = await call('package_create', {
      ...NEW_PACKAGE,
      name: 'baumkataster',
      owner_org: 'stadt',
      url: 'https://baeume.iserlohn.example',
      version: '2.1',
      extras: [
        { key: 'temporal_start', value: '2020-01-01' },
        { key: 'temporal_end', value: '2025-12-31' },
        { key: 'frequency', value: 'http://publications.europa.eu/resource/authority/frequency/ANNUAL' },
        { key: 'legalbasisText', value: '§ 12 Baumschutzsatzung' },
        { key: 'maintainer_url', value: 'https://www.iserlohn.example/umwelt' },
        { key: 'politicalGeocodingURI', value: '["http://dcat-ap.de/def/politicalGeocoding/regionalKey/059620024024"]' },
        { key: 'contributorID', value: '["http://dcat-ap.de/def/contributors/openNRW"]' },
        { key: 'issued', value: '2020-02-01T00:00:00.000Z' },
      ],
    });
    assert.equal((await upload(created.id, 'baeume.csv', CSV)).status, 200);
    await call('resource_create', { package_id: created.id, url: 'https://karte.iserlohn.example/baeume', format: 'WMS', name: 'Karte' });
    const before = (await ckanPost(t, 'package_show', { id: 'baumkataster' }, key)).body.result as Dict;
    const stored = await findDatasetByName(t.db, 'baumkataster');
    await call('package_update', before);
    const after = (await ckanPost(t, 'package_show', { id: 'baumkataster' }, key)).body.result as Dict;
    assert.deepEqual({ ...after, metadata_modified: null }, { ...before, metadata_modified: null });
    const again = (await findDatasetByName(t.db, 'baumkataster'))!;
    assert.deepEqual({ ...again, revision: 0, metadataModified: null, search: null }, { ...stored!, revision: 0, metadataModified: null, search: null });
    assert.equal(again.revision, stored!.revision + 1);
  });

  it('package_update keeps resources by id, adds new ones and removes the missing; package_patch leaves them alone', async () => {
    const dataset = await call('package_create', { ...NEW_PACKAGE, name: 'haltestellen', owner_org: 'stadt' });
    const first = await call('resource_create', { package_id: dataset.id, url: 'https://daten.iserlohn.example/a.csv' });
    const second = await call('resource_create', { package_id: dataset.id, url: 'https://daten.iserlohn.example/b.json' });
    const show = (await ckanPost(t, 'package_show', { id: dataset.id }, key)).body.result as Dict;
    const updated = await call('package_update', {
      ...show,
      resources: [{ ...show.resources[1], name: 'Haltestellen als JSON' }, { url: 'https://daten.iserlohn.example/c.geojson' }],
    });
    assert.deepEqual(
      updated.resources.map((resource) => [resource.id === second.id, resource.name, resource.format]),
      [
        [true, 'Haltestellen als JSON', 'JSON'],
        [false, 'c.geojson', 'GEOJSON'],
      ],
    );
    assert.ok(!updated.resources.some((resource) => resource.id === first.id));
    const patched = await call('package_patch', { id: 'haltestellen', notes: 'Alle Haltestellen.' });
    assert.deepEqual(
      patched.resources.map((resource) => resource.id),
      updated.resources.map((resource) => resource.id),
    );
    assert.equal(patched.notes, 'Alle Haltestellen.');
  });

  it('creates a real GovData dataset dict, naming what it cannot take, and answers in package_show’s shape', async () => {
    const govdata = { ...sample('package_show_response.json').result, owner_org: 'stadt' };
    const refused = await ckanPost(t, 'package_create', govdata, key);
    assert.equal(refused.status, 409);
    // GovData's old category groups are not the EU data themes our groups are.
    assert.deepEqual(Object.keys(refused.body.error!), ['__type', 'groups']);
    const created = await call('package_create', { ...govdata, groups: [{ name: 'envi' }] });
    assert.equal(created.num_resources, 3);
    assert.equal(created.license_id, 'cc-by-nc', 'GovData’s licence id read as ours');
    assert.equal(created.maintainer_email, 'office@lgb-rlp.de');
    assert.deepEqual(
      shapeDifferences({ ...sample('package_show_response.json'), result: created }, sample('package_show_response.json'), {
        ignoreKeys: NOT_ANSWERED,
        allowExtraKeys: true,
      }),
      [],
    );
  });

  it('holds uploads to the organisation’s limit and to data formats, and guesses the format from the bytes', async () => {
    const small = await call('package_create', { ...NEW_PACKAGE, name: 'vereinsdaten', owner_org: 'klein' });
    const stored = () => filesBelow(join(t.deps.config.dataDir, 'files')).length;
    const before = stored();
    const tooLarge = await upload(small.id, 'gross.csv', Buffer.alloc(200, 'a'));
    assert.equal(tooLarge.status, 409);
    assert.match(String((tooLarge.body.error!.upload as string[])[0]), /zu groß/);
    const program = await upload(small.id, 'daten.csv', SAMPLE_FILES.exe.subarray(0, 90));
    assert.equal(program.status, 409);
    assert.match(String((program.body.error!.upload as string[])[0]), /kein Datenformat/);
    assert.equal(stored(), before, 'refused files leave nothing in the store');
    assert.deepEqual(await listResources(t.db, small.id), []);
    const pdf = await upload(small.id, 'bericht.csv', SAMPLE_FILES.pdf.subarray(0, 90));
    assert.equal(pdf.status, 200, JSON.stringify(pdf.body.error));
    assert.equal((pdf.body.result as Dict).format, 'PDF');
  });

  it('runs ckanapi’s sequence: create, upload, patch, show, a new file, delete', async () => {
    const created = await call('package_create', { ...NEW_PACKAGE, name: 'spielplaetze', owner_org: 'stadt' });
    assert.equal(created.state, 'active');
    const uploaded = await upload(created.id, 'spielplaetze.csv', CSV, { name: 'Spielplätze' });
    assert.equal(uploaded.status, 200, JSON.stringify(uploaded.body.error));
    const resource = uploaded.body.result as Dict & { url: string };
    assert.equal(resource.url_type, 'upload');
    assert.equal(resource.format, 'CSV');
    const real = sample('package_show_response.json');
    assert.deepEqual(shapeDifferences(uploaded.body, { ...real, result: real.result.resources[0] }, { ignoreKeys: NOT_ANSWERED, allowExtraKeys: true }), []);
    const [table] = await t.db.select().from(datastoreTables).where(eq(datastoreTables.resourceId, resource.id));
    assert.equal(table?.status, 'pending', 'the DataStore load is queued');
    await call('package_patch', { id: 'spielplaetze', title: 'Spielplätze in Iserlohn' });
    const shown = await ckanPost(t, 'package_show', { id: 'spielplaetze' });
    assert.equal((shown.body.result as Dict).title, 'Spielplätze in Iserlohn');
    assert.equal((shown.body.result as Dict).resources[0]!.id, resource.id);
    const download = await t.app.inject({ method: 'GET', url: new URL(resource.url).pathname });
    assert.equal(download.body, CSV.toString());
    const stored = filesBelow(join(t.deps.config.dataDir, 'files')).length;
    const newer = Buffer.from('Stadtteil;Spielplätze\nLetmathe;12\n');
    const replaced = await ckanPost(
      t,
      'resource_update',
      undefined,
      key,
      multipartBody({ id: resource.id }, [{ field: 'upload', filename: 'neu.csv', bytes: newer }]),
    );
    assert.equal(replaced.status, 200, JSON.stringify(replaced.body.error));
    assert.deepEqual(
      [(replaced.body.result as Dict).id, (replaced.body.result as Dict).size, (replaced.body.result as Dict).name],
      [resource.id, newer.length, 'Spielplätze'],
    );
    assert.equal(filesBelow(join(t.deps.config.dataDir, 'files')).length, stored, 'the old file left the store');
    assert.equal((await t.app.inject({ method: 'GET', url: new URL(resource.url).pathname })).body, newer.toString());
    assert.equal(await call('package_delete', { id: 'spielplaetze' }), null);
    assert.equal((await ckanPost(t, 'package_show', { id: 'spielplaetze' })).status, 404);
    assert.equal((await findDatasetByName(t.db, 'spielplaetze'))?.state, 'deleted');
  });

  it('answers only the id with return_id_only (CKAN 2.9+), on package_create, package_update and package_patch', async () => {
    const created = await ckanPost(t, 'package_create', { ...NEW_PACKAGE, name: 'nur-die-id', owner_org: 'stadt', return_id_only: true }, key);
    const stored = await findDatasetByName(t.db, 'nur-die-id');
    assert.equal(created.status, 200);
    assert.equal(created.body.result, stored?.id);
    const updated = await ckanPost(t, 'package_update', { ...NEW_PACKAGE, id: 'nur-die-id', title: 'Neu', return_id_only: 'true' }, key);
    assert.equal(updated.body.result, stored?.id);
    const patched = await ckanPost(t, 'package_patch', { id: stored?.id, title: 'Neuer', return_id_only: true }, key);
    assert.equal(patched.body.result, stored?.id);
    assert.equal((await findDatasetByName(t.db, 'nur-die-id'))?.title, 'Neuer');
    const dict = await call('package_patch', { id: stored?.id, title: 'Wieder mit Dict', return_id_only: false });
    assert.equal(dict.title, 'Wieder mit Dict');
    const bad = await ckanPost(t, 'package_create', { ...NEW_PACKAGE, name: 'kein-flag', owner_org: 'stadt', return_id_only: 'vielleicht' }, key);
    assert.equal(bad.status, 409);
    assert.deepEqual(bad.body.error, { __type: 'Validation Error', return_id_only: ["String is not true/false: 'vielleicht'"] });
    assert.equal(await findDatasetByName(t.db, 'kein-flag'), undefined, 'nothing created');
  });
});
