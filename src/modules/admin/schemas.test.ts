import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toIsoDate } from './schemas';

describe('audit-log date filter', () => {
  it('takes German and ISO dates as typed, also years below 100 (Date.UTC made 0050 into 1950)', () => {
    assert.equal(toIsoDate('27.03.2026'), '2026-03-27');
    assert.equal(toIsoDate('2026-03-27'), '2026-03-27');
    assert.equal(toIsoDate('1.2.0050'), '0050-02-01');
    assert.equal(toIsoDate('30.02.2026'), undefined);
    assert.equal(toIsoDate('01.01.0000'), undefined);
  });
});
