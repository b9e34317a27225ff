import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDate, formatDateTime } from './format';

const intlDate = new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Berlin' });
const intlTime = new Intl.DateTimeFormat('de-DE', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin' });
const intl = (date: Date) => ({ date: intlDate.format(date), dateTime: `${intlDate.format(date)}, ${intlTime.format(date)} Uhr` });

describe('date formatting (kept per UTC hour)', () => {
  it('gives what Intl gives around the clock changes and midnight in Berlin', () => {
    const moments = [
      '2026-03-29T00:59:59.999Z', // 01:59:59 CET, one moment before summer time
      '2026-03-29T01:00:00.000Z', // 03:00 CEST
      '2026-10-25T00:59:59.999Z', // 02:59:59 CEST
      '2026-10-25T01:00:00.000Z', // 02:00 CET again
      '2026-12-31T22:59:59.999Z', // 23:59:59 on New Year's Eve in Berlin
      '2026-12-31T23:00:00.000Z', // midnight in Berlin, still 2026 in UTC
      '2026-06-30T21:59:00.000Z',
      '2026-06-30T22:00:00.000Z',
      '1900-01-01T00:00:00.000Z',
      '1945-05-24T01:30:00.000Z', // double summer time (UTC+3)
    ];
    for (const iso of moments) {
      const date = new Date(iso);
      assert.deepEqual({ date: formatDate(date), dateTime: formatDateTime(date) }, intl(date), iso);
      // Asked again: now from what was kept.
      assert.deepEqual({ date: formatDate(date), dateTime: formatDateTime(date) }, intl(date), `${iso} (kept)`);
    }
  });

  it('gives what Intl gives for moments spread over two centuries, and before 1900 (local mean time)', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const from = Date.UTC(1850, 0, 1);
    const to = Date.UTC(2100, 0, 1);
    for (let index = 0; index < 5000; index += 1) {
      const date = new Date(from + Math.floor(random() * (to - from)));
      assert.deepEqual({ date: formatDate(date), dateTime: formatDateTime(date) }, intl(date), date.toISOString());
    }
    const localMeanTime = new Date('1890-07-01T23:30:00Z'); // 00:23 in Berlin on the next day
    assert.deepEqual({ date: formatDate(localMeanTime), dateTime: formatDateTime(localMeanTime) }, intl(localMeanTime));
  });

  it('fails on an invalid date as Intl does', () => {
    assert.throws(() => formatDate(new Date(Number.NaN)), RangeError);
  });
});
