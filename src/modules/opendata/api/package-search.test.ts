import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { createAccount } from '../../../../tests/support/people';
import { createCkanToken } from '../access/api-tokens';
import { updateDataset, replaceResources } from '../repository/datasets';
import { organizations } from '../tables';
import { addMember, createDataset, createOrganization, linkResource } from '../test-support';

/** package_search keeps hits and dictionaries in memory (search cache): every change must show at once. */
describe('opendata package_search: the kept hits and dictionaries follow every change', () => {
  let t: TestApp;
  let cityId: string;
  before(async () => {
    t = await createTestApp();
    cityId = (await createOrganization(t, { name: 'stadt-iserlohn', title: 'Stadt Iserlohn' })).id;
    await createDataset(t, cityId, { name: 'haushalt-2026', title: 'Haushaltsplan 2026', tags: ['Haushalt'] }, [{ name: 'Ergebnisplan', format: 'CSV' }]);
  });
  after(() => t.close());

  const FACETS = encodeURIComponent(JSON.stringify(['organization', 'res_format', 'tags']));
  async function search(query: string, headers: Record<string, string> = {}) {
    const response = await t.client().get(`/api/3/action/package_search?${query}&facet.field=${FACETS}`, headers);
    assert.equal(response.statusCode, 200, response.body);
    return JSON.parse(response.body).result;
  }

  it('shows a changed title, format, publisher and a new dataset in the next search', async () => {
    const first = await search('q=haushalt');
    assert.equal(first.count, 1);
    assert.equal((await search('q=haushalt')).results[0].title, 'Haushaltsplan 2026');

    const [dataset] = (await search('q=haushalt')).results;
    await t.deps.db.transaction(async (tx) => {
      await updateDataset(tx, dataset.id, { title: 'Haushaltsplan 2026/27' });
      await replaceResources(tx, dataset.id, [linkResource({ name: 'Ergebnisplan', format: 'XLSX' })]);
    });
    await t.settled();
    const changed = await search('q=haushalt');
    assert.equal(changed.results[0].title, 'Haushaltsplan 2026/27');
    assert.deepEqual(changed.facets.res_format, { XLSX: 1 });

    await t.deps.db.update(organizations).set({ title: 'Stadt Iserlohn (Kämmerei)' }).where(eq(organizations.id, cityId));
    await t.settled();
    assert.equal((await search('q=haushalt')).results[0].organization.title, 'Stadt Iserlohn (Kämmerei)');

    await createDataset(t, cityId, { name: 'haushalt-2027', title: 'Haushaltsplan 2027', tags: ['Haushalt'] });
    const grown = await search('q=haushalt');
    assert.equal(grown.count, 2);
    assert.deepEqual(grown.facets.tags, { Haushalt: 2 });
  });

  it('does not give a member’s private datasets to anonymous callers, nor the public hits to a member who asks for more', async () => {
    await createDataset(t, cityId, { name: 'haushalt-intern', title: 'Haushalt intern', tags: ['Haushalt'], private: true });
    const anonymous = await search('q=haushalt&include_private=true');
    assert.ok(!anonymous.results.some((dict: { name: string }) => dict.name === 'haushalt-intern'));

    const member = await createAccount(t, { role: 'staff' });
    await addMember(t, cityId, member.id, 'editor');
    const { token } = await createCkanToken(t.deps.db, member.id, { name: 'Test', scope: 'read', expiresAt: null });
    const result = await search('q=haushalt&include_private=true', { authorization: token });
    assert.ok(result.results.some((dict: { name: string }) => dict.name === 'haushalt-intern'));
    assert.equal(result.count, anonymous.count + 1);
  });

  it('counts the facets of a hit written after the kept facet index was read, before its change notice arrived', async () => {
    assert.deepEqual((await search('q=haushalt')).facets.tags, { Haushalt: 2 }, 'the facet index is kept');
    // A write whose change notice never comes: what is kept stays as it was, as in the moment before a notice arrives.
    await t.deps.db.execute(sql`alter table opendata_datasets disable trigger opendata_datasets_notify_change`);
    try {
      await createDataset(t, cityId, { name: 'haushalt-2028', title: 'Haushaltsplan 2028', tags: ['Haushalt', 'Entwurf'] });
    } finally {
      await t.deps.db.execute(sql`alter table opendata_datasets enable trigger opendata_datasets_notify_change`);
    }
    const fresh = await search('q=haushalt&rows=1');
    assert.equal(fresh.count, 3);
    assert.deepEqual(fresh.facets.tags, { Haushalt: 3, Entwurf: 1 });
  });
});
