import { isCalendarDate } from '../../../kernel/http';

/**
 * Solr's date values in ranges: an ISO instant (`2024-01-01T00:00:00Z`, fractions of a second as
 * ckanext-harvest sends them: `…T10:11:12.123456Z`; a plain day is read as its start, in UTC), or
 * `NOW`, each followed by date math: `+1DAY`, `-2MONTHS`, `/DAY` (round down to the unit).
 * Returns the instant as text PostgreSQL reads as `timestamptz`, or null when the value is none of these.
 */
export function solrInstant(value: string, now: Date): string | null {
  const match = /^(NOW|\d{4}-\d{2}-\d{2}(?:T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?Z?)?)((?:[+-]\d{1,6}[A-Z]+|\/[A-Z]+)*)$/.exec(value);
  if (!match) return null;
  const [, base, hours, minutes, seconds, math] = match;
  if (base !== 'NOW') {
    if (!isCalendarDate(base!.slice(0, 10))) return null;
    if (hours !== undefined && (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59)) return null;
  }
  // Without date math the value goes to PostgreSQL as written, keeping microseconds a JS Date would cut.
  if (!math) return base === 'NOW' ? now.toISOString() : asUtc(base!);
  const date = base === 'NOW' ? new Date(now) : new Date(asUtc(base!));
  for (const [, operator, amount, name] of math.matchAll(/([+/-])(\d*)([A-Z]+)/g)) {
    const unit = UNITS[name!];
    if (!unit) return null;
    if (operator === '/') roundDown(date, unit);
    else add(date, unit, Number(`${operator}${amount}`));
  }
  const year = date.getUTCFullYear();
  return Number.isNaN(date.getTime()) || year < 1 || year > 9999 ? null : date.toISOString();
}

type Unit = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'millisecond';

const UNITS: Record<string, Unit> = {
  YEAR: 'year',
  YEARS: 'year',
  MONTH: 'month',
  MONTHS: 'month',
  DAY: 'day',
  DAYS: 'day',
  DATE: 'day',
  HOUR: 'hour',
  HOURS: 'hour',
  MINUTE: 'minute',
  MINUTES: 'minute',
  SECOND: 'second',
  SECONDS: 'second',
  MILLI: 'millisecond',
  MILLIS: 'millisecond',
  MILLISECOND: 'millisecond',
  MILLISECONDS: 'millisecond',
};

function asUtc(base: string): string {
  if (base.length === 10) return `${base}T00:00:00Z`;
  return base.endsWith('Z') ? base : `${base}Z`;
}

function add(date: Date, unit: Unit, amount: number): void {
  if (unit === 'year') date.setUTCFullYear(date.getUTCFullYear() + amount);
  else if (unit === 'month') date.setUTCMonth(date.getUTCMonth() + amount);
  else if (unit === 'day') date.setUTCDate(date.getUTCDate() + amount);
  else if (unit === 'hour') date.setUTCHours(date.getUTCHours() + amount);
  else if (unit === 'minute') date.setUTCMinutes(date.getUTCMinutes() + amount);
  else if (unit === 'second') date.setUTCSeconds(date.getUTCSeconds() + amount);
  else date.setUTCMilliseconds(date.getUTCMilliseconds() + amount);
}

function roundDown(date: Date, unit: Unit): void {
  const order: Unit[] = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'];
  const keep = order.indexOf(unit);
  if (keep < 1) date.setUTCMonth(0);
  if (keep < 2) date.setUTCDate(1);
  if (keep < 3) date.setUTCHours(0);
  if (keep < 4) date.setUTCMinutes(0);
  if (keep < 5) date.setUTCSeconds(0);
  if (keep < 6) date.setUTCMilliseconds(0);
}
