import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEMO_FIRST_NAMES, DEMO_LAST_NAMES, demoPersonName } from './demo-names';

describe('demo names', () => {
  it('lists every name once', () => {
    assert.equal(new Set(DEMO_FIRST_NAMES).size, DEMO_FIRST_NAMES.length);
    assert.equal(new Set(DEMO_LAST_NAMES).size, DEMO_LAST_NAMES.length);
  });

  it('gives every pair of first and last name before one repeats, neighbours sharing neither', () => {
    const pairs = DEMO_FIRST_NAMES.length * DEMO_LAST_NAMES.length;
    const names = Array.from({ length: pairs }, (_, n) => demoPersonName(n));
    assert.equal(new Set(names).size, pairs, 'the lists’ lengths must have no common divisor');
    assert.equal(demoPersonName(pairs), names[0]);
    for (let n = 1; n < 100; n += 1) {
      const [previous, current] = [names[n - 1]!.split(' '), names[n]!.split(' ')];
      assert.notEqual(previous[0], current[0]);
      assert.notEqual(previous[1], current[1]);
    }
  });
});
