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

  it('agrees with Intl for every quarter hour around both clock changes and over a year', () => {
    const intlDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });
    const intlTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    const moments: Date[] = [];
    for (const around of ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z']) {
      for (let quarter = -12; quarter <= 12; quarter += 1) moments.push(new Date(Date.parse(around) + quarter * 900_000 - 1));
    }
    for (let hour = 0; hour < 366 * 24; hour += 7) moments.push(new Date(Date.parse('2026-01-01T00:17:00Z') + hour * 3_600_000));
    for (const moment of moments) {
      assert.equal(berlinDay(moment), intlDay.format(moment), moment.toISOString());
      assert.equal(berlinTime(moment), intlTime.format(moment), moment.toISOString());
    }
  });
});
