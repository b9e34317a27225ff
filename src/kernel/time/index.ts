/** Days and times as people in the municipality read them (Germany: Europe/Berlin). */
export { addDays, berlinDay, berlinDayStart, berlinMoment, berlinTime } from './berlin-days';
export { publicHolidaysBetween, type LocalHoliday } from './holidays';
export { addMonths, countsByMonth, monthsBetween, monthsStart, recentMonths } from './months';
