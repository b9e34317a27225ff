import { sql } from 'drizzle-orm';
import { customType, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { openTestDatabase, type TestDatabase } from '../../../../tests/support/database';
import { prefixTsquery } from '../../../kernel/text-search';
import type { SearchFields } from './search-sql';

/** A small stand-in for the datasets table: the columns and indexes the translator's SQL relies on. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
export const datasets = pgTable('ckan_search_test', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  facetKeys: text('facet_keys').array().notNull(),
  search: tsvector('search').notNull(),
  metadataModified: timestamp('metadata_modified', { withTimezone: true }).notNull(),
  numResources: integer('num_resources').notNull(),
});

export const fields: SearchFields = {
  text: (words) => sql`${datasets.search} @@ to_tsquery('german', ${prefixTsquery(words)})`,
  textFields: ['text', 'title', 'notes'],
  facetKeys: { column: datasets.facetKeys, fields: ['organization', 'tags', 'res_format', 'license_id', 'groups'] },
  ranges: { metadata_modified: { column: datasets.metadataModified, type: 'date' }, num_resources: { column: datasets.numResources, type: 'integer' } },
  exact: { name: { column: datasets.name }, id: { column: datasets.id, uuid: true } },
  constants: { state: 'active', dataset_type: 'dataset' },
};

const ROWS = [
  [
    'parkhaeuser',
    'Parkhäuser und ihre Gebühren',
    '2024-03-01T08:00:00.123456Z',
    3,
    ['organization:stadt-iserlohn', 'tags:Parken', 'res_format:CSV', 'license_id:dl-by-de/2.0', 'groups:tran'],
  ],
  [
    'buslinien',
    'Buslinien der Märkischen Verkehrsgesellschaft',
    '2024-01-15T00:00:00Z',
    2,
    ['organization:mvg', 'tags:Bus', 'res_format:JSON', 'license_id:dl-by-de/2.0', 'groups:tran'],
  ],
  [
    'haushalt-2024',
    'Haushaltsplan 2024',
    '2023-12-31T23:59:59Z',
    1,
    ['organization:stadt-iserlohn', 'tags:Haushalt', 'res_format:CSV', 'license_id:cc-zero', 'groups:gove'],
  ],
  ['testdaten', 'Testdaten zum Parken', '2022-06-01T12:00:00Z', 0, ['organization:stadtwerke-iserlohn', 'tags:Test', 'tags:Parken', 'license_id:cc-zero']],
] as const;
/** The instant `NOW` stands for in the tests' date math. */
export const NOW = new Date('2024-03-02T10:00:00Z');

/** A test database with the stand-in table, its indexes and the four datasets above. */
export async function openSearchDatabase(): Promise<TestDatabase> {
  const database = await openTestDatabase([]);
  await database.handle.execScript(`
    create table ckan_search_test (id uuid primary key, name text not null, facet_keys text[] not null, search tsvector not null,
      metadata_modified timestamptz not null, num_resources integer not null);
    create index ckan_search_test_facets_idx on ckan_search_test using gin (facet_keys);
    create index ckan_search_test_search_idx on ckan_search_test using gin (search);
    create index ckan_search_test_modified_idx on ckan_search_test (metadata_modified);`);
  for (const [name, title, modified, resources, keys] of ROWS) {
    await database.handle.db.insert(datasets).values({
      id: crypto.randomUUID(),
      name,
      facetKeys: [...keys],
      search: sql`to_tsvector('german', ${title})` as unknown as string,
      metadataModified: new Date(modified),
      numResources: resources,
    });
  }
  return database;
}
