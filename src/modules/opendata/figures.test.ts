import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { opendataFigures } from './figures';
import { usageDaily } from './tables';
import { createDataset, createOrganization } from './test-support';

const NOW = new Date('2026-11-20T12:00:00Z');

describe('the Transparenzportal figures', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  it('counts what anyone can see, by publisher, and the use per month', async () => {
    const city = await createOrganization(t, { title: 'Stadt' });
    const works = await createOrganization(t, { title: 'Stadtwerke' });
    await createOrganization(t, { title: 'Ohne Daten' });
    const first = await createDataset(t, city.id);
    await createDataset(t, city.id);
    await createDataset(t, city.id, { private: true });
    await createDataset(t, city.id, { state: 'draft' });
    const second = await createDataset(t, works.id);
    await t.db.insert(usageDaily).values([
      { datasetId: first.id, day: '2026-11-01', pageViews: 10, downloads: 2 },
      { datasetId: second.id, day: '2026-11-19', pageViews: 5, downloads: 1 },
      { datasetId: first.id, day: '2026-10-31', pageViews: 7, downloads: 0 },
      // Before the twelve months, and after today: not counted.
      { datasetId: first.id, day: '2025-11-30', pageViews: 100, downloads: 100 },
      { datasetId: first.id, day: '2026-11-21', pageViews: 100, downloads: 100 },
    ]);
    const figures = new Map((await opendataFigures.compute(t.deps, NOW)).map((figure) => [figure.key, figure]));

    assert.equal(figures.get('opendata.datasets')?.value, 3);
    assert.deepEqual(figures.get('opendata.datasets')?.parts, [
      { label: 'Stadt', value: 2 },
      { label: 'Stadtwerke', value: 1 },
    ]);
    assert.equal(figures.get('opendata.page-views')?.value, 22);
    assert.deepEqual(figures.get('opendata.page-views')?.months?.slice(-2), [
      { month: '2026-10', value: 7 },
      { month: '2026-11', value: 15 },
    ]);
    assert.equal(figures.get('opendata.downloads')?.value, 3);
    assert.deepEqual(figures.get('opendata.downloads')?.months?.[0], { month: '2025-12', value: 0 });
  });
});
