export { ICAL_CONTENT_TYPE, writeCalendar, type ICalEvent } from './calendar';
