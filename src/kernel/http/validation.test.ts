import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isCalendarDate } from './validation';

describe('isCalendarDate', () => {
  const cases: [string, boolean][] = [
    ['2026-03-29', true],
    ['2024-02-29', true],
    ['0001-01-01', true],
    ['9999-12-31', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['0000-01-01', false],
    ['2026-3-29', false],
    ['29.03.2026', false],
    ['2026-03-29T00:00:00Z', false],
    ['', false],
  ];
  for (const [value, expected] of cases) {
    it(`${JSON.stringify(value)} → ${expected}`, () => assert.equal(isCalendarDate(value), expected));
  }
});
