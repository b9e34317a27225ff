import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { department } from '../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { servicesFigures } from './figures';
import { services } from './tables';

const leistung = (slug: string, ozgLevel: number, onlineApplication: boolean, personalAppearance: boolean) => ({
  slug,
  name: slug,
  summary: '',
  description: '',
  eligibility: '',
  fees: 'keine',
  processingTime: 'eine Woche',
  processingDays: 7,
  departmentId: 'buergerbuero',
  ozgLevel,
  onlineApplication,
  personalAppearance,
});

describe('the Leistungen figures', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  it('counts the Leistungen by OZG Reifegrad and the share that needs neither paper nor a visit', async () => {
    await department(t, 'buergerbuero');
    await t.db
      .insert(services)
      .values([
        leistung('a', 4, true, false),
        leistung('b', 3, true, false),
        leistung('c', 3, true, true),
        leistung('d', 1, false, false),
        leistung('e', 1, false, true),
        leistung('f', 0, false, false),
        leistung('g', 2, false, false),
        leistung('h', 4, true, false),
      ]);
    const figures = await servicesFigures.compute(t.deps, new Date());
    const byKey = new Map(figures.map((figure) => [figure.key, figure]));
    assert.equal(byKey.get('services.ozg-levels')?.value, 8);
    assert.deepEqual(byKey.get('services.ozg-levels')?.parts, [
      { label: 'Reifegrad 0', value: 1 },
      { label: 'Reifegrad 1', value: 2 },
      { label: 'Reifegrad 2', value: 1 },
      { label: 'Reifegrad 3', value: 2 },
      { label: 'Reifegrad 4', value: 2 },
    ]);
    assert.equal(byKey.get('services.online')?.value, 4);
    // a, b and h: online and without a visit; c needs one. 3 of 8.
    assert.equal(byKey.get('services.without-appearance')?.value, 37.5);
  });

  it('gives no share while the catalogue is empty, and every Reifegrad with 0', async () => {
    const figures = await servicesFigures.compute(t.deps, new Date());
    assert.equal(figures.find((figure) => figure.key === 'services.without-appearance')?.value, null);
    assert.deepEqual(
      figures.find((figure) => figure.key === 'services.ozg-levels')?.parts?.map((part) => part.value),
      [0, 0, 0, 0, 0],
    );
  });
});
