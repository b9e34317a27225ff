import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { servicesModule } from './index';
import { serviceLinkTargets } from './link-targets';
import { SERVICE_PATHS } from './paths';

describe('Leistungen as the cockpit links them', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
    await servicesModule.seedDemo!(t.deps);
    await t.settled();
  });
  after(() => t.close());

  it('finds Leistungen by a word of the name (any case) and answers those that exist by their slug', async () => {
    const hits = await serviceLinkTargets.find('hund', 5, t.deps);
    assert.ok(hits.length > 0 && hits.length <= 5);
    assert.ok(hits.every((hit) => /hund/i.test(hit.title) && hit.href === SERVICE_PATHS.detail(hit.id)));
    const found = await serviceLinkTargets.byIds([hits[0]!.id, 'gibt-es-nicht'], t.deps);
    assert.deepEqual(found, [hits[0]]);
    assert.equal(servicesModule.linkTargets?.[0], serviceLinkTargets, 'registered in the manifest');
  });
});
