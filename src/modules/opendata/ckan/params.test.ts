import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { z } from 'zod';
import type { CkanError } from './envelope';
import {
  currentPackageListSchema,
  datastoreSearchSqlSchema,
  groupListSchema,
  groupShowSchema,
  packageListSchema,
  packageShowSchema,
  resourceShowSchema,
  tagListSchema,
} from './params';
import { packageSearchSchema } from './search-params';
import { solrInstant } from './solr-dates';
import { parametersError } from './validators';

/** The parsed parameters, or the CKAN error body the API would answer. */
function read(schema: z.ZodType, input: Record<string, unknown>): unknown {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const error: CkanError = parametersError(parsed.error.issues);
  return { status: error.status, ...error.body };
}

describe('CKAN read action parameters', () => {
  const cases: [string, z.ZodType, Record<string, unknown>, unknown][] = [
    ['package_list without paging', packageListSchema, {}, { limit: undefined, offset: undefined }],
    ['package_list paged from a query string', packageListSchema, { limit: '100', offset: '200' }, { limit: 100, offset: 200 }],
    [
      'package_list with a refused limit',
      packageListSchema,
      { limit: '1.5', offset: -1 },
      { status: 409, __type: 'Validation Error', limit: ['Invalid integer'], offset: ['Must be a natural number'] },
    ],
    ['current_package_list_with_resources by page', currentPackageListSchema, { limit: '25', page: '3' }, { limit: 25, offset: 50 }],
    ['current_package_list_with_resources: offset wins over page', currentPackageListSchema, { limit: 25, page: 3, offset: 5 }, { limit: 25, offset: 5 }],
    [
      'current_package_list_with_resources with page 0',
      currentPackageListSchema,
      { page: '0' },
      { status: 409, __type: 'Validation Error', page: ['Must be a positive integer'] },
    ],
    ['package_show by id', packageShowSchema, { id: 'haushalt', include_tracking: 'True' }, { id: 'haushalt', includeTracking: true }],
    ['package_show by name_or_id', packageShowSchema, { name_or_id: 'haushalt' }, { id: 'haushalt', includeTracking: false }],
    [
      'package_show with a refused flag',
      packageShowSchema,
      { id: 'x', include_tracking: 'vielleicht' },
      { status: 409, __type: 'Validation Error', include_tracking: ["String is not true/false: 'vielleicht'"] },
    ],
    ['resource_show without id', resourceShowSchema, { id: '  ' }, { status: 409, __type: 'Validation Error', id: ['Missing value'] }],
    [
      'group_list defaults',
      groupListSchema,
      {},
      {
        sort: { field: 'title', direction: 'asc' },
        q: '',
        all_fields: false,
        include_dataset_count: true,
        include_extras: false,
        include_tags: false,
        include_groups: false,
        include_users: false,
        names: undefined,
        offset: undefined,
        limit: 1000,
      },
    ],
    [
      'organization_list with all fields, sorted by datasets',
      groupListSchema,
      { all_fields: 'true', sort: 'packages', limit: '500', organizations: '["stadtwerke"]' },
      {
        sort: { field: 'package_count', direction: 'desc' },
        q: '',
        all_fields: true,
        include_dataset_count: true,
        include_extras: false,
        include_tags: false,
        include_groups: false,
        include_users: false,
        names: ['stadtwerke'],
        offset: undefined,
        limit: 25,
      },
    ],
    [
      'group_list with an unknown sort',
      groupListSchema,
      { sort: 'created desc' },
      { status: 409, __type: 'Validation Error', sort: ['Cannot sort by field `created`'] },
    ],
    ['group_list with groups that are no list', groupListSchema, { groups: '{"a": 1}' }, { status: 409, __type: 'Validation Error', groups: ['Not a list'] }],
    [
      'group_show defaults',
      groupShowSchema,
      { id: 'tran' },
      {
        id: 'tran',
        include_datasets: false,
        include_dataset_count: true,
        include_extras: true,
        include_users: false,
        include_groups: true,
        include_tags: true,
        include_followers: true,
      },
    ],
    ['tag_list by q', tagListSchema, { q: ' Park ' }, { query: 'Park', vocabulary_id: undefined, all_fields: false }],
    ['datastore_search_sql without sql', datastoreSearchSqlSchema, {}, { status: 409, __type: 'Validation Error', sql: ['Missing value'] }],
  ];
  for (const [name, schema, input, expected] of cases) {
    it(name, () => assert.deepEqual(read(schema, input), expected));
  }

  it('reads package_search filters, facets and fq_list, and refuses field errors before search errors', () => {
    const params = packageSearchSchema.parse({
      q: '',
      fq: 'tags:Parken',
      fq_list: ['res_format:CSV'],
      'facet.limit': '-1',
      facet: 'false',
      'facet.field': '["tags"]',
    });
    assert.deepEqual(params.fq, [
      { type: 'term', field: 'tags', value: 'Parken', phrase: false },
      { type: 'term', field: 'res_format', value: 'CSV', phrase: false },
    ]);
    assert.deepEqual([params.q, params.facetLimit, params.facetFields], [{ type: 'all' }, null, []], 'facet=false asks for no facets');
    assert.equal(params.sortText, 'score desc, metadata_modified desc');
    assert.equal(packageSearchSchema.parse({ sort: 'rank' }).sortText, 'score desc, metadata_modified desc');
    assert.deepEqual(packageSearchSchema.parse({ sort: ' id asc ' }), {
      ...packageSearchSchema.parse({}),
      sort: [{ field: 'id', direction: 'asc' }],
      sortText: 'id asc',
    });
    assert.deepEqual(read(packageSearchSchema, { q: '((((', rows: 'x' }), { status: 409, __type: 'Validation Error', rows: ['Invalid integer'] });
    const accepted = packageSearchSchema.parse({ ext_bbox: '1,2,3,4', include_private: 'true', qf: 'title^4', defType: 'edismax' });
    assert.equal(accepted.includePrivate, true, 'extension and ranking parameters are accepted and left aside');
    assert.deepEqual(read(packageSearchSchema, { 'facet.field': '[1]' }), { status: 409, __type: 'Validation Error', 'facet.field': ['Not a string: 1'] });
    const many = JSON.stringify(Array.from({ length: 21 }, (_, index) => `extras_${index}`));
    assert.deepEqual(read(packageSearchSchema, { 'facet.field': many }), {
      status: 409,
      __type: 'Validation Error',
      'facet.field': ['At most 20 facet fields'],
    });
    assert.deepEqual(packageSearchSchema.parse({ 'facet.field': ['tags', 'tags'] }).facetFields, ['tags'], 'a field asked for twice is counted once');
  });
});

describe('Solr dates', () => {
  const now = new Date('2024-03-02T10:30:45.500Z');
  const cases: [string, string | null][] = [
    ['NOW', '2024-03-02T10:30:45.500Z'],
    ['NOW-1DAY', '2024-03-01T10:30:45.500Z'],
    ['NOW/DAY', '2024-03-02T00:00:00.000Z'],
    ['NOW-1MONTH/MONTH', '2024-02-01T00:00:00.000Z'],
    ['NOW+2HOURS/HOUR', '2024-03-02T12:00:00.000Z'],
    ['NOW-1YEAR/YEAR', '2023-01-01T00:00:00.000Z'],
    ['2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'],
    ['2015-10-23T11:10:50.872887Z', '2015-10-23T11:10:50.872887Z'],
    ['2015-10-23T11:10:50.872887', '2015-10-23T11:10:50.872887Z'],
    ['2024-02-29', '2024-02-29T00:00:00Z'],
    ['2024-01-31T00:00:00Z+1MONTH', '2024-03-02T00:00:00.000Z'],
    ['2023-02-29', null],
    ['0000-01-01', null],
    ['2024-01-01T24:00:00Z', null],
    ['NOW-1WEEK', null],
    ['NOW+8000YEARS', null],
    ['gestern', null],
    ['NOW-DAY', null],
  ];
  for (const [value, expected] of cases) {
    it(`reads ${value}`, () => assert.equal(solrInstant(value, now), expected));
  }
});
