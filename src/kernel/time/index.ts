/** Days and times as people in the municipality read them (Germany: Europe/Berlin). */
export { addDays, berlinDay, berlinDayStart, berlinMoment, berlinTime } from './berlin-days';
export { easterSunday, GERMAN_STATES, isGermanState, publicHolidays, publicHolidaysBetween, type GermanState, type PublicHoliday } from './holidays';
