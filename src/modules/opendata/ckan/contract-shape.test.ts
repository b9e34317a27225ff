import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../../kernel/config';
import { shapeDifferences } from './contract-shape';

const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/ckan');
const SAMPLES = ['package_show_response.json', 'package_search_response.json', 'license_list_response.json', 'group_list_response.json'];

function sample(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as Record<string, unknown>;
}

interface PackageShow {
  result: { tags: { name: string }[]; groups: Record<string, unknown>[]; resources: Record<string, unknown>[]; num_tags: number; [key: string]: unknown };
  [key: string]: unknown;
}

describe('shapeDifferences against real CKAN answers', () => {
  for (const name of SAMPLES) {
    it(`finds ${name} shaped like itself`, () => assert.deepEqual(shapeDifferences(sample(name), sample(name)), []));
  }

  it('names every way a broken copy of package_show differs', () => {
    const broken = sample('package_show_response.json') as PackageShow;
    broken.result.num_tags = '21' as unknown as number;
    broken.result.groups = [Object.fromEntries(Object.entries(broken.result.groups[0]!).filter(([key]) => key !== 'title'))];
    broken.result.resources = [{ ...broken.result.resources[0], position: '0' }];
    broken.result.tags = [{ name: 'x' }];
    broken.result.unexpected = true;
    broken.success = 'true';
    assert.deepEqual(shapeDifferences(broken, sample('package_show_response.json')).sort(), [
      'result.groups[0].title: missing',
      'result.num_tags: string instead of number',
      'result.resources[0].position: string instead of number',
      'result.tags[0].display_name: missing',
      'result.tags[0].id: missing',
      'result.tags[0].state: missing',
      'result.tags[0].vocabulary_id: missing',
      'result.unexpected: not in the sample',
      'success: string instead of boolean',
    ]);
  });

  it('takes any value where the sample has null, but no null where the sample has a value', () => {
    const theirs = { maintainer_email: null, title: 'Haushalt' };
    assert.deepEqual(shapeDifferences({ maintainer_email: 'opendata@iserlohn.de', title: 'Haushalt' }, theirs), []);
    assert.deepEqual(shapeDifferences({ maintainer_email: null, title: null }, theirs), ['title: null instead of string']);
  });

  it('compares lists by their first element and says nothing about an empty one', () => {
    assert.deepEqual(shapeDifferences({ tags: [] }, { tags: [{ name: 'a' }] }), []);
    assert.deepEqual(shapeDifferences({ tags: [{ name: 1 }, 'ignored'] }, { tags: [{ name: 'a' }] }), ['tags[0].name: number instead of string']);
    assert.deepEqual(shapeDifferences([1], { tags: [] }), ['(root): array instead of object']);
  });

  it('leaves out ignored keys and, when asked, keys only ours has', () => {
    const theirs = { id: 'a', revision_id: 'r', nested: { revision_id: 'r' } };
    assert.deepEqual(shapeDifferences({ id: 'b', nested: {}, od_conformance: 'approved' }, theirs, { ignoreKeys: ['revision_id'], allowExtraKeys: true }), []);
    assert.deepEqual(shapeDifferences({ id: 'b', nested: {}, od_conformance: 'approved' }, theirs, { ignoreKeys: ['revision_id'] }), [
      'od_conformance: not in the sample',
    ]);
  });
});
