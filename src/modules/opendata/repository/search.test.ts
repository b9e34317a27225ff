import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { searchWords } from '../../../kernel/text-search';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { ANONYMOUS, publisherAccess, type PublisherAccess } from '../policies';
import { createDataset, createOrganization } from '../test-support';
import { findDatasetById } from './datasets';
import { searchDatasets, type DatasetSearch } from './search';

describe('opendata dataset search', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  function search(overrides: Partial<DatasetSearch> & { q?: string } = {}) {
    const { q = '', ...rest } = overrides;
    return searchDatasets(t.deps.db, {
      words: searchWords(q),
      facetKeys: [],
      access: ANONYMOUS,
      includePrivate: false,
      includeDrafts: false,
      sort: [
        { by: 'relevance', descending: true },
        { by: 'modified', descending: true },
      ],
      rows: 10,
      start: 0,
      facetFields: ['organization', 'groups', 'tags', 'res_format', 'license_id'],
      ...rest,
    });
  }

  async function arrange() {
    const city = await createOrganization(t, { name: 'stadt-iserlohn', title: 'Stadt Iserlohn' });
    const works = await createOrganization(t, { name: 'stadtwerke-iserlohn', title: 'Stadtwerke Iserlohn', kind: 'company' });
    const parking = await createDataset(
      t,
      works.id,
      {
        name: 'parkhaeuser',
        title: 'Parkhäuser in der Innenstadt',
        tags: ['Parken', 'Verkehr'],
        themes: ['TRAN'],
        notes: 'Standorte und Stellplätze der Parkhäuser.',
      },
      [{ name: 'Parkhäuser', format: 'GEOJSON' }],
    );
    const budget = await createDataset(
      t,
      city.id,
      {
        name: 'haushalt-2026',
        title: 'Haushaltsplan 2026',
        tags: ['Haushalt', 'Finanzen'],
        themes: ['GOVE', 'ECON'],
        notes: 'Ergebnisplan nach Produktbereichen.',
      },
      [
        { name: 'Ergebnisplan', format: 'CSV' },
        { name: 'Haushaltsplan', format: 'PDF' },
      ],
    );
    const draft = await createDataset(t, city.id, { name: 'baumkataster', title: 'Baumkataster', state: 'draft', tags: ['Bäume'] });
    const hidden = await createDataset(t, city.id, { name: 'intern', title: 'Interne Liste', private: true });
    return { city, works, parking, budget, draft, hidden };
  }

  it('derives the facet keys of a dataset from its organisation, tags, themes, licence and formats', async () => {
    const { budget } = await arrange();
    const row = await findDatasetById(t.deps.db, budget.id);
    assert.deepEqual(row!.facetKeys, [
      'groups:econ',
      'groups:gove',
      'license_id:dl-by-de/2.0',
      'organization:stadt-iserlohn',
      'res_format:CSV',
      'res_format:PDF',
      'tags:Finanzen',
      'tags:Haushalt',
    ]);
  });

  it('finds German words by stem and prefix, and counts facets over every hit', async () => {
    await arrange();
    const found = await search({ q: 'parkhaus' });
    assert.equal(found.count, 1);
    assert.deepEqual(found.facets.organization, [{ name: 'stadtwerke-iserlohn', count: 1 }]);
    const prefix = await search({ q: 'haushal' });
    assert.equal(prefix.count, 1);
  });

  it('shows anonymous visitors only published public datasets, with facets of all of them', async () => {
    await arrange();
    const all = await search();
    assert.equal(all.count, 2);
    assert.deepEqual(all.facets.res_format, [
      { name: 'CSV', count: 1 },
      { name: 'GEOJSON', count: 1 },
      { name: 'PDF', count: 1 },
    ]);
    assert.deepEqual(all.facets.license_id, [{ name: 'dl-by-de/2.0', count: 2 }]);
  });

  it('filters by facet keys, all of which must hold', async () => {
    const { budget } = await arrange();
    const found = await search({ facetKeys: ['organization:stadt-iserlohn', 'res_format:CSV'] });
    assert.deepEqual(found.ids, [budget.id]);
    assert.equal((await search({ facetKeys: ['organization:stadt-iserlohn', 'res_format:GEOJSON'] })).count, 0);
  });

  it('shows drafts and private datasets to members of their organisation only when asked', async () => {
    const { city, works } = await arrange();
    const member = (organizationId: string): PublisherAccess => publisherAccess(null, new Map([[organizationId, 'member']]));
    assert.equal((await search({ access: member(city.id) })).count, 2);
    assert.equal((await search({ access: member(city.id), includeDrafts: true, includePrivate: true })).count, 4);
    assert.equal((await search({ access: member(works.id), includeDrafts: true, includePrivate: true })).count, 2);
  });

  it('pages in a stable order and sorts by title in German order', async () => {
    await arrange();
    const first = await search({ rows: 1, start: 0, sort: [{ by: 'title', descending: false }] });
    const second = await search({ rows: 1, start: 1, sort: [{ by: 'title', descending: false }] });
    const beyond = await search({ rows: 1, start: 5 });
    const titles = await Promise.all([...first.ids, ...second.ids].map(async (id) => (await findDatasetById(t.deps.db, id))!.title));
    assert.deepEqual(titles, ['Haushaltsplan 2026', 'Parkhäuser in der Innenstadt']);
    assert.deepEqual(beyond.ids, []);
    assert.equal(beyond.count, 2);
  });

  it('gives an anonymous visitor who asks for drafts and private datasets only the public ones', async () => {
    await arrange();
    assert.equal((await search({ includeDrafts: true, includePrivate: true })).count, 2);
  });
});
