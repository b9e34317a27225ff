import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TEST_DATABASE_URL, type TestDatabase } from '../../../../tests/support/database';
import { queryRows } from '../../../kernel/db';
import { facetCountsByField, facetCountsSql } from './facet-sql';
import { solrToSql } from './search-sql';
import { parseSolrQuery } from './solr-query';
import { datasets, fields, NOW, openSearchDatabase } from './test-support';

describe(`package_search facet counts (${TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let database: TestDatabase;
  before(async () => (database = await openSearchDatabase()));
  after(() => database.close());

  it('counts facet values of the matching datasets, cut to facet.limit and facet.mincount', async () => {
    const counts = async (query: string, facetFields: string[], limit: number | null, mincount = 1) => {
      const where = solrToSql(parseSolrQuery(query), fields, NOW);
      const rows = await queryRows<{ field: string; name: string; count: number }>(
        database.handle.db,
        facetCountsSql({ from: datasets, where, facetKeys: datasets.facetKeys, fields: facetFields, limit, mincount }),
      );
      return facetCountsByField(facetFields, rows, (field, name) => (field === 'organization' && name === 'mvg' ? 'MVG' : undefined));
    };
    assert.deepEqual(await counts('*:*', ['tags', 'res_format', 'organization', 'groups'], 2), {
      tags: [
        { name: 'Parken', count: 2 },
        { name: 'Bus', count: 1 },
      ],
      res_format: [
        { name: 'CSV', count: 2 },
        { name: 'JSON', count: 1 },
      ],
      organization: [
        { name: 'stadt-iserlohn', count: 2 },
        { name: 'mvg', count: 1, displayName: 'MVG' },
      ],
      groups: [
        { name: 'tran', count: 2 },
        { name: 'gove', count: 1 },
      ],
    });
    assert.deepEqual(await counts('groups:tran', ['tags', 'license_id'], null), {
      tags: [
        { name: 'Bus', count: 1 },
        { name: 'Parken', count: 1 },
      ],
      license_id: [{ name: 'dl-by-de/2.0', count: 2 }],
    });
    assert.deepEqual(await counts('*:*', ['tags', 'extras_unbekannt'], null, 2), { tags: [{ name: 'Parken', count: 2 }], extras_unbekannt: [] });
  });
});
