export { ICAL_CONTENT_TYPE, writeCalendar, type ICalConference, type ICalendar, type ICalEvent } from './calendar';
