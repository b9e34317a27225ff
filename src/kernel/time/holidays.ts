import { addDays } from './berlin-days';

/**
 * Public holidays (gesetzliche Feiertage) of a German state, by the state's name as the municipality
 * file spells it (`municipality.state`). Nationwide ones, the Easter-based ones and each state's own.
 * Holidays of only a part of a state are the town's own (`LocalHoliday`, from its configuration):
 * Mariä Himmelfahrt is counted for Saarland and, in Bavaria, only where a town names it (its mostly
 * Catholic municipalities); Augsburger Friedensfest (the city of Augsburg) and Fronleichnam in parts of
 * Sachsen and Thüringen likewise.
 */
export interface PublicHoliday {
  /** `YYYY-MM-DD`. */
  day: string;
  name: string;
}

export const GERMAN_STATES = [
  'Baden-Württemberg',
  'Bayern',
  'Berlin',
  'Brandenburg',
  'Bremen',
  'Hamburg',
  'Hessen',
  'Mecklenburg-Vorpommern',
  'Niedersachsen',
  'Nordrhein-Westfalen',
  'Rheinland-Pfalz',
  'Saarland',
  'Sachsen',
  'Sachsen-Anhalt',
  'Schleswig-Holstein',
  'Thüringen',
] as const;
export type GermanState = (typeof GERMAN_STATES)[number];

export function isGermanState(name: string): name is GermanState {
  return (GERMAN_STATES as readonly string[]).includes(name);
}

/** Easter Sunday of a year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Buß- und Bettag: the Wednesday before 23 November (the last Wednesday eleven days before Advent). */
function repentanceDay(year: number): string {
  const november22 = `${year}-11-22`;
  const weekday = new Date(`${november22}T12:00:00Z`).getUTCDay();
  // Back from 22 November to the nearest Wednesday on or before it (weekday 3).
  return addDays(november22, -((weekday - 3 + 7) % 7));
}

type Rule = (year: number, easter: string) => PublicHoliday;
const fixed =
  (monthDay: string, name: string): Rule =>
  (year) => ({ day: `${year}-${monthDay}`, name });
const fromEaster =
  (days: number, name: string): Rule =>
  (_year, easter) => ({ day: addDays(easter, days), name });

const NATIONWIDE: Rule[] = [
  fixed('01-01', 'Neujahr'),
  fromEaster(-2, 'Karfreitag'),
  fromEaster(1, 'Ostermontag'),
  fixed('05-01', 'Tag der Arbeit'),
  fromEaster(39, 'Christi Himmelfahrt'),
  fromEaster(50, 'Pfingstmontag'),
  fixed('10-03', 'Tag der Deutschen Einheit'),
  fixed('12-25', '1. Weihnachtstag'),
  fixed('12-26', '2. Weihnachtstag'),
];

const EPIPHANY = fixed('01-06', 'Heilige Drei Könige');
const WOMENS_DAY = fixed('03-08', 'Internationaler Frauentag');
const CORPUS_CHRISTI = fromEaster(60, 'Fronleichnam');
const ASSUMPTION = fixed('08-15', 'Mariä Himmelfahrt');
const CHILDRENS_DAY = fixed('09-20', 'Weltkindertag');
const REFORMATION = fixed('10-31', 'Reformationstag');
const ALL_SAINTS = fixed('11-01', 'Allerheiligen');
const REPENTANCE: Rule = (year) => ({ day: repentanceDay(year), name: 'Buß- und Bettag' });
const EASTER_SUNDAY = fromEaster(0, 'Ostersonntag');
const WHIT_SUNDAY = fromEaster(49, 'Pfingstsonntag');

const BY_STATE: Record<GermanState, Rule[]> = {
  'Baden-Württemberg': [EPIPHANY, CORPUS_CHRISTI, ALL_SAINTS],
  Bayern: [EPIPHANY, CORPUS_CHRISTI, ALL_SAINTS],
  Berlin: [WOMENS_DAY],
  Brandenburg: [EASTER_SUNDAY, WHIT_SUNDAY, REFORMATION],
  Bremen: [REFORMATION],
  Hamburg: [REFORMATION],
  Hessen: [CORPUS_CHRISTI],
  'Mecklenburg-Vorpommern': [WOMENS_DAY, REFORMATION],
  Niedersachsen: [REFORMATION],
  'Nordrhein-Westfalen': [CORPUS_CHRISTI, ALL_SAINTS],
  'Rheinland-Pfalz': [CORPUS_CHRISTI, ALL_SAINTS],
  Saarland: [CORPUS_CHRISTI, ASSUMPTION, ALL_SAINTS],
  Sachsen: [REFORMATION, REPENTANCE],
  'Sachsen-Anhalt': [EPIPHANY, REFORMATION],
  'Schleswig-Holstein': [REFORMATION],
  Thüringen: [CHILDRENS_DAY, REFORMATION],
};

/** The public holidays of one year in a state, in date order; an unknown state name gets the nationwide ones. */
export function publicHolidays(state: string, year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  const rules = [...NATIONWIDE, ...(isGermanState(state) ? BY_STATE[state] : [])];
  return rules.map((rule) => rule(year, easter)).sort((a, b) => a.day.localeCompare(b.day));
}

/** A holiday of the town itself, or of the part of its state it lies in: a fixed day (`MM-DD`) or days after Easter Sunday. */
export type LocalHoliday = { name: string; monthDay: string } | { name: string; daysAfterEaster: number };

function localRule(holiday: LocalHoliday): Rule {
  return 'monthDay' in holiday ? fixed(holiday.monthDay, holiday.name) : fromEaster(holiday.daysAfterEaster, holiday.name);
}

/** The holidays between two days (inclusive), by day, for a generator that walks a window of days; the town's own among them. */
export function publicHolidaysBetween(state: string, firstDay: string, lastDay: string, local: readonly LocalHoliday[] = []): Map<string, string> {
  const holidays = new Map<string, string>();
  const localRules = local.map(localRule);
  for (let year = Number(firstDay.slice(0, 4)); year <= Number(lastDay.slice(0, 4)); year++) {
    const easter = easterSunday(year);
    for (const holiday of [...publicHolidays(state, year), ...localRules.map((rule) => rule(year, easter))]) {
      if (holiday.day >= firstDay && holiday.day <= lastDay) holidays.set(holiday.day, holiday.name);
    }
  }
  return holidays;
}
