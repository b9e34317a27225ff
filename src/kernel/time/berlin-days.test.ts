import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, berlinDay, berlinDayStart, berlinMoment, berlinTime } from './berlin-days';

describe('Berlin days and times', () => {
  it('starts each day at local midnight, also on the days the clocks change', () => {
    assert.equal(berlinDayStart('2026-03-29').toISOString(), '2026-03-28T23:00:00.000Z');
    assert.equal(berlinDayStart('2026-03-30').toISOString(), '2026-03-29T22:00:00.000Z');
    assert.equal(berlinDayStart('2026-10-25').toISOString(), '2026-10-24T22:00:00.000Z');
    assert.equal(berlinDayStart('2026-10-26').toISOString(), '2026-10-25T23:00:00.000Z');
    assert.throws(() => berlinDayStart('2026-02-30'), RangeError);
  });

  it('names the local day of a moment and counts days over month and year ends', () => {
    assert.equal(berlinDay(new Date('2026-12-31T23:30:00Z')), '2027-01-01');
    assert.equal(berlinDay(new Date('2026-07-01T21:59:00Z')), '2026-07-01');
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
    assert.equal(addDays('2026-03-01', -1), '2026-02-28');
  });

  it('turns a wall-clock time into its moment, and refuses one the clocks skip', () => {
    assert.equal(berlinMoment('2026-12-07', '18:30')?.toISOString(), '2026-12-07T17:30:00.000Z');
    assert.equal(berlinMoment('2026-07-07', '18:30')?.toISOString(), '2026-07-07T16:30:00.000Z');
    assert.equal(berlinMoment('2026-03-29', '03:30')?.toISOString(), '2026-03-29T01:30:00.000Z', 'after the change, summer time');
    assert.equal(berlinMoment('2026-03-29', '01:30')?.toISOString(), '2026-03-29T00:30:00.000Z', 'before the change, winter time');
    assert.equal(berlinMoment('2026-03-29', '02:30'), undefined, 'there is no 02:30 that night');
    assert.equal(berlinMoment('2026-10-25', '12:00')?.toISOString(), '2026-10-25T11:00:00.000Z');
    assert.equal(berlinTime(new Date('2026-12-07T17:30:00Z')), '18:30');
  });
});
