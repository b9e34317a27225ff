import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { datasetLinkTargets } from './link-targets';
import { OPENDATA_PATHS } from './paths';
import { createDataset, createOrganization } from './test-support';

describe('datasets as the cockpit links them', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  it('finds published datasets by words in the title, never drafts, private or deleted ones, and at most the limit', async () => {
    const organization = await createOrganization(t);
    const published = await createDataset(t, organization.id, { name: 'haltestellen', title: 'Haltestellen des Busverkehrs' });
    await createDataset(t, organization.id, { name: 'haltestellen-entwurf', title: 'Haltestellen (Entwurf)', state: 'draft' });
    await createDataset(t, organization.id, { name: 'haltestellen-intern', title: 'Haltestellen intern', private: true });
    await createDataset(t, organization.id, { name: 'haltestellen-alt', title: 'Haltestellen alt', state: 'deleted' });
    await createDataset(t, organization.id, { name: 'haltestellen-2', title: 'Haltestellen 2020' });

    const hits = await datasetLinkTargets.find('haltestellen', 10, t.deps);
    assert.deepEqual(
      hits.map((hit) => hit.title),
      ['Haltestellen 2020', 'Haltestellen des Busverkehrs'],
    );
    assert.equal((await datasetLinkTargets.find('HALTE', 1, t.deps)).length, 1);
    assert.deepEqual(await datasetLinkTargets.find('100%_', 10, t.deps), [], 'LIKE wildcards are matched literally');
    const [byId] = await datasetLinkTargets.byIds([published.id, 'kein-uuid', '00000000-0000-4000-8000-000000000000'], t.deps);
    assert.deepEqual(byId, { id: published.id, title: 'Haltestellen des Busverkehrs', href: OPENDATA_PATHS.dataset('haltestellen') });
  });
});
