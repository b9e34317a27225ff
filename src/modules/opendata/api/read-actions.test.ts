import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { shapeDifferences } from '../ckan/contract-shape';
import { eq } from 'drizzle-orm';
import { createAccount } from '../../../../tests/support/people';
import { createCkanToken } from '../access/api-tokens';
import { organizations } from '../tables';
import { addMember, createDataset, createOrganization } from '../test-support';
import { ckanSample as sample, NOT_ANSWERED } from './test-support';

describe('opendata CKAN API: the read actions', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
    const city = await createOrganization(t, { name: 'stadt-iserlohn', title: 'Stadt Iserlohn' });
    const works = await createOrganization(t, { name: 'stadtwerke-iserlohn', title: 'Stadtwerke Iserlohn', kind: 'company' });
    await createDataset(
      t,
      city.id,
      { name: 'haushalt-2026', title: 'Haushaltsplan 2026', tags: ['Haushalt', 'Finanzen'], themes: ['GOVE'], notes: 'Ergebnisplan' },
      [{ name: 'Ergebnisplan', format: 'CSV' }],
    );
    await createDataset(t, works.id, { name: 'parkhaeuser', title: 'Parkhäuser', tags: ['Parken'], themes: ['TRAN'], licenseId: 'cc-by/4.0' }, [
      { name: 'Standorte', format: 'GEOJSON' },
    ]);
    await createDataset(t, city.id, { name: 'entwurf', title: 'Entwurf', state: 'draft', tags: ['Haushalt'] });
  });
  after(() => t.close());

  async function call(action: string, query = '') {
    const response = await t.client().get(`/api/3/action/${action}${query ? `?${query}` : ''}`);
    return { status: response.statusCode, body: JSON.parse(response.body), headers: response.headers };
  }

  it('package_search finds by text and fq, counts facets, pages, and never shows drafts', async () => {
    const { status, body, headers } = await call(
      'package_search',
      `q=haushalt&fq=organization:stadt-iserlohn&facet.field=${encodeURIComponent('["tags","res_format"]')}`,
    );
    assert.equal(status, 200);
    assert.equal(headers['access-control-allow-origin'], '*');
    assert.equal(body.success, true);
    assert.equal(body.result.count, 1);
    assert.equal(body.result.results[0].name, 'haushalt-2026');
    assert.deepEqual(body.result.facets.res_format, { CSV: 1 });
    const negated = await call('package_search', 'fq=-tags:Parken&rows=1&sort=name%20asc');
    assert.equal(negated.body.result.count, 1);
    const modified = await call('package_search', `fq=${encodeURIComponent('metadata_modified:[2020-01-01T00:00:00Z TO *]')}&rows=0`);
    assert.equal(modified.body.result.count, 2);
    assert.deepEqual(modified.body.result.results, []);
  });

  it('package_search answers like GovData’s CKAN (shape), and bad syntax with a 400 Search Query Error', async () => {
    const { body } = await call('package_search', `facet.field=${encodeURIComponent('["organization","groups","tags","res_format","license_id"]')}&rows=2`);
    assert.deepEqual(shapeDifferences(body, sample('package_search_response.json'), { ignoreKeys: NOT_ANSWERED, allowExtraKeys: true }), []);
    const bad = await call('package_search', 'q=((((');
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.__type, 'Search Query Error');
  });

  it('package_show gives a dataset like GovData’s CKAN, by name or id; a draft or an unknown one is a 404', async () => {
    const { status, body } = await call('package_show', 'id=parkhaeuser');
    assert.equal(status, 200);
    assert.deepEqual(shapeDifferences(body, sample('package_show_response.json'), { ignoreKeys: NOT_ANSWERED, allowExtraKeys: true }), []);
    assert.equal(body.result.license_id, 'cc-by/4.0');
    assert.equal(body.result.organization.name, 'stadtwerke-iserlohn');
    assert.equal((await call('package_show', `id=${body.result.id}`)).body.result.name, 'parkhaeuser');
    assert.equal((await call('package_show', 'id=entwurf')).status, 404);
    const missing = await call('package_show', 'id=gibt-es-nicht');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.__type, 'Not Found Error');
    assert.equal((await call('package_show')).status, 409);
  });

  it('lists packages, organisations, groups, tags and licences', async () => {
    assert.deepEqual((await call('package_list')).body.result, ['haushalt-2026', 'parkhaeuser']);
    assert.deepEqual((await call('organization_list')).body.result, ['stadt-iserlohn', 'stadtwerke-iserlohn']);
    const organizations = (await call('organization_list', 'all_fields=true')).body.result;
    assert.equal(organizations.find((organization: { name: string }) => organization.name === 'stadt-iserlohn').package_count, 1);
    assert.equal((await call('organization_show', 'id=stadtwerke-iserlohn')).body.result.title, 'Stadtwerke Iserlohn');
    const groups = (await call('group_list', 'all_fields=true')).body.result;
    assert.equal(groups.length, 13);
    assert.deepEqual(
      shapeDifferences({ result: groups }, { result: sample('group_list_response.json').result }, { ignoreKeys: NOT_ANSWERED, allowExtraKeys: true }),
      [],
    );
    assert.equal((await call('group_show', 'id=tran')).body.result.package_count, 1);
    assert.deepEqual((await call('tag_list', 'query=ha')).body.result, ['Haushalt']);
    const current = (await call('current_package_list_with_resources', 'limit=1')).body.result;
    assert.equal(current.length, 1);
    const licenses = (await call('license_list')).body.result;
    assert.ok(licenses.some((license: { id: string }) => license.id === 'dl-by-de/2.0'));
  });

  it('resource_show gives a distribution of a published dataset', async () => {
    const show = await call('package_show', 'id=haushalt-2026');
    const id = show.body.result.resources[0].id;
    const resource = await call('resource_show', `id=${id}`);
    assert.equal(resource.body.result.format, 'CSV');
    assert.equal((await call('resource_show', 'id=00000000-0000-4000-8000-000000000000')).status, 404);
  });

  it('shows private datasets and drafts to a member of their organisation by API key, to nobody else', async () => {
    const [city] = await t.deps.db.select().from(organizations).where(eq(organizations.name, 'stadt-iserlohn'));
    const member = await createAccount(t, { role: 'staff' });
    await addMember(t, city!.id, member.id, 'member');
    const { token } = await createCkanToken(t.deps.db, member.id, { name: 'Test', scope: 'read', expiresAt: null });
    const asMember = async (query: string, header: Record<string, string>) => JSON.parse((await t.client().get(`/api/3/action/${query}`, header)).body);
    assert.equal((await asMember('package_show?id=entwurf', { authorization: token })).result.state, 'draft');
    assert.equal((await asMember('package_search?include_drafts=true&q=entwurf', { 'x-ckan-api-key': token })).result.count, 1);
    assert.equal((await asMember('package_search?include_drafts=true&q=entwurf', {})).result.count, 0);
    assert.equal((await asMember('package_show?id=entwurf', { authorization: 'Bearer sp_ckan_falsch-falsch-falsch-falsch' })).success, false);
  });

  it('status_show names the portal and its CKAN compatibility', async () => {
    const { body } = await call('status_show');
    assert.equal(body.result.ckan_version, '2.10.4');
    assert.deepEqual(body.result.extensions, ['datastore', 'dcat', 'dcatde']);
  });
});
