import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../../kernel/config';
import { shapeDifferences } from './contract-shape';
import { packageSearchResult } from './search-result';

describe('package_search result', () => {
  const facets = {
    tags: [
      { name: 'Parken', count: 3 },
      { name: 'Bus', count: 1 },
    ],
    organization: [
      { name: 'stadt-iserlohn', count: 2, displayName: 'Stadt Iserlohn' },
      { name: 'mvg', count: 1, displayName: 'Märkische Verkehrsgesellschaft' },
      { name: 'ohne-titel', count: 1, displayName: ' ' },
    ],
  };

  it("has CKAN's facets and search_facets, the items sorted by display name from Z to A", () => {
    const result = packageSearchResult({ count: 4, results: [], sortText: 'score desc, metadata_modified desc', facets });
    assert.deepEqual(result.facets, { tags: { Parken: 3, Bus: 1 }, organization: { 'stadt-iserlohn': 2, mvg: 1, 'ohne-titel': 1 } });
    assert.deepEqual(result.search_facets.organization, {
      title: 'organization',
      items: [
        // By code point, as Python sorts: lower case after upper case.
        { name: 'ohne-titel', display_name: 'ohne-titel', count: 1 },
        { name: 'stadt-iserlohn', display_name: 'Stadt Iserlohn', count: 2 },
        { name: 'mvg', display_name: 'Märkische Verkehrsgesellschaft', count: 1 },
      ],
    });
    assert.deepEqual(
      result.search_facets.tags?.items.map((item) => item.name),
      ['Parken', 'Bus'],
    );
  });

  it("is shaped like GovData's package_search answer", () => {
    const sample = JSON.parse(readFileSync(join(PROJECT_ROOT, 'tests/fixtures/ckan/package_search_response.json'), 'utf8')) as {
      result: { results: unknown[] };
    };
    const result = packageSearchResult({ count: 256, results: sample.result.results, sortText: 'score desc, metadata_modified desc', facets: {} });
    assert.deepEqual(shapeDifferences({ ...sample, result }, sample), []);
    assert.deepEqual(shapeDifferences({ ...sample, result: { ...result, count: '256' } }, sample), ['result.count: string instead of number']);
  });
});
