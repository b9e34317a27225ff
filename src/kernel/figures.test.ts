import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { largestParts, total } from './figures';

describe('figure parts', () => {
  it('keeps the largest parts and sums the rest up under one label', () => {
    const parts = [3, 2, 1, 1].map((value, index) => ({ label: `P${index}`, value }));
    assert.deepEqual(largestParts(parts, 2, 'Weitere'), [
      { label: 'P0', value: 3 },
      { label: 'P1', value: 2 },
      { label: 'Weitere', value: 2 },
    ]);
    assert.deepEqual(largestParts(parts, 4, 'Weitere'), parts);
    assert.equal(total(parts), 7);
  });
});
