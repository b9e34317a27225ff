import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { easterSunday, GERMAN_STATES, publicHolidays, publicHolidaysBetween } from './holidays';

const names = (state: string, year: number) => publicHolidays(state, year).map((holiday) => `${holiday.day} ${holiday.name}`);

describe('public holidays of the German states', () => {
  it('finds Easter Sunday by the anonymous Gregorian algorithm', () => {
    const known = {
      2019: '2019-04-21',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2027: '2027-03-28',
      2038: '2038-04-25',
      2285: '2285-03-22',
    };
    for (const [year, day] of Object.entries(known)) assert.equal(easterSunday(Number(year)), day, year);
  });

  it('gives Nordrhein-Westfalen its eleven holidays of 2026, in date order', () => {
    assert.deepEqual(names('Nordrhein-Westfalen', 2026), [
      '2026-01-01 Neujahr',
      '2026-04-03 Karfreitag',
      '2026-04-06 Ostermontag',
      '2026-05-01 Tag der Arbeit',
      '2026-05-14 Christi Himmelfahrt',
      '2026-05-25 Pfingstmontag',
      '2026-06-04 Fronleichnam',
      '2026-10-03 Tag der Deutschen Einheit',
      '2026-11-01 Allerheiligen',
      '2026-12-25 1. Weihnachtstag',
      '2026-12-26 2. Weihnachtstag',
    ]);
  });

  it('adds each state’s own holidays', () => {
    const has = (state: string, year: number, entry: string) => assert.ok(names(state, year).includes(entry), `${state}: ${entry}`);
    has('Bayern', 2026, '2026-01-06 Heilige Drei Könige');
    has('Baden-Württemberg', 2026, '2026-06-04 Fronleichnam');
    has('Berlin', 2026, '2026-03-08 Internationaler Frauentag');
    has('Mecklenburg-Vorpommern', 2026, '2026-03-08 Internationaler Frauentag');
    has('Saarland', 2026, '2026-08-15 Mariä Himmelfahrt');
    has('Thüringen', 2026, '2026-09-20 Weltkindertag');
    has('Niedersachsen', 2026, '2026-10-31 Reformationstag');
    has('Sachsen', 2026, '2026-11-18 Buß- und Bettag');
    has('Sachsen', 2027, '2027-11-17 Buß- und Bettag');
    has('Sachsen', 2025, '2025-11-19 Buß- und Bettag');
    has('Brandenburg', 2026, '2026-04-05 Ostersonntag');
    has('Sachsen-Anhalt', 2026, '2026-01-06 Heilige Drei Könige');
    assert.equal(names('Berlin', 2026).length, 10);
    assert.equal(names('Bayern', 2026).length, 12, 'Mariä Himmelfahrt left out for Bavaria (only its Catholic municipalities)');
    for (const state of GERMAN_STATES) assert.ok(publicHolidays(state, 2026).length >= 10, state);
  });

  it('gives only the nationwide ones for a name it does not know', () => {
    assert.equal(publicHolidays('NRW', 2026).length, 9);
  });

  it('lists the holidays of a window over a year’s end', () => {
    assert.deepEqual(
      [...publicHolidaysBetween('Nordrhein-Westfalen', '2026-12-20', '2027-01-10')],
      [
        ['2026-12-25', '1. Weihnachtstag'],
        ['2026-12-26', '2. Weihnachtstag'],
        ['2027-01-01', 'Neujahr'],
      ],
    );
  });

  it('adds the town’s own holidays, fixed or after Easter, in every year of the window', () => {
    const local = [
      { name: 'Mariä Himmelfahrt', monthDay: '08-15' },
      { name: 'Fronleichnam', daysAfterEaster: 60 },
    ];
    const bavaria = publicHolidaysBetween('Bayern', '2026-08-01', '2027-06-30', local);
    assert.equal(bavaria.get('2026-08-15'), 'Mariä Himmelfahrt');
    assert.equal(bavaria.get('2027-05-27'), 'Fronleichnam', 'Easter 2027 is on 28 March');
    assert.equal(publicHolidaysBetween('Bayern', '2026-08-01', '2026-08-31').has('2026-08-15'), false, 'not without the town naming it');
  });
});
