import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { councilFigures } from './figures';
import { councilBodies, councilPapers } from './tables';

const NOW = new Date('2026-11-20T12:00:00Z');

describe('the Ratsinformation figures', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  it('counts public papers per month of their date; non-public, deleted, undated and future ones not', async () => {
    const [body] = await t.db.insert(councilBodies).values({ name: 'Stadt' }).returning({ id: councilBodies.id });
    const paper = (date: string | null, fields: { public?: boolean; deleted?: boolean } = {}) => ({
      bodyId: body!.id,
      name: `Vorlage ${date}`,
      date,
      ...fields,
    });
    await t.db
      .insert(councilPapers)
      .values([
        paper('2026-10-01'),
        paper('2026-11-02'),
        paper('2026-11-20'),
        paper('2026-11-03', { public: false }),
        paper('2026-11-04', { deleted: true }),
        paper('2026-11-21'),
        paper('2025-11-30'),
        paper(null),
      ]);
    const [figure] = await councilFigures.compute(t.deps, NOW);
    assert.equal(figure?.value, 3);
    assert.deepEqual(figure?.months?.slice(-2), [
      { month: '2026-10', value: 1 },
      { month: '2026-11', value: 2 },
    ]);
  });
});
