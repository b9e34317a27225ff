import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addMonths, countsByMonth, monthsBetween, monthsStart, recentMonths } from './months';

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

describe('moving a day by months', () => {
  it('keeps a month end a month end and clamps a day the shorter month does not have', () => {
    assert.equal(addMonths('2026-06-30', 3), '2026-09-30');
    assert.equal(addMonths('2026-09-30', 3), '2026-12-31');
    assert.equal(addMonths('2026-01-31', 1), '2026-02-28');
    assert.equal(addMonths('2028-01-30', 1), '2028-02-29');
    assert.equal(addMonths('2026-03-15', 0), '2026-03-15');
  });

  it('crosses year ends both ways', () => {
    assert.equal(addMonths('2026-11-27', 2), '2027-01-27');
    assert.equal(addMonths('2026-02-01', -14), '2024-12-01');
    assert.equal(addMonths('2025-02-28', 12), '2026-02-28');
  });

  it('counts the whole months between two days, ignoring the days', () => {
    assert.equal(monthsBetween('2026-12-01', '2026-12-31'), 0);
    assert.equal(monthsBetween('2026-12-31', '2027-01-01'), 1);
    assert.equal(monthsBetween('2026-12-05', '2025-11-20'), -13);
  });
});
