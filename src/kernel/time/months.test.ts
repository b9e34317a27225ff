import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countsByMonth, monthsStart, recentMonths } from './months';

describe('recent months', () => {
  it('counts back from the Berlin month of the moment, over the year end, oldest first', () => {
    // 23:30 UTC on 31 December is already January in Berlin.
    assert.deepEqual(recentMonths(new Date('2026-12-31T23:30:00Z'), 3), ['2026-11', '2026-12', '2027-01']);
    assert.deepEqual(recentMonths(new Date('2026-03-15T12:00:00Z'), 12)[0], '2025-04');
    assert.equal(recentMonths(new Date('2026-03-15T12:00:00Z'), 12).length, 12);
  });

  it('starts the first month at Berlin midnight and fills months without rows with 0', () => {
    assert.equal(monthsStart(['2026-11', '2026-12']).toISOString(), '2026-10-31T23:00:00.000Z');
    assert.deepEqual(countsByMonth(['2026-10', '2026-11', '2026-12'], [{ month: '2026-11', value: '4' }]), [
      { month: '2026-10', value: 0 },
      { month: '2026-11', value: 4 },
      { month: '2026-12', value: 0 },
    ]);
  });
});
