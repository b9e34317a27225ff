import { escapeText, foldLine, paramValue, uriValue, utcDateTime } from './content-lines';

/**
 * iCalendar documents (RFC 5545) with the RFC 7986 properties calendars show: a calendar name,
 * its URL and refresh interval, and conference links of online events. Domain-free: a module maps
 * its objects (course sessions, council meetings, appointments) to `ICalEvent`s.
 */

export const ICAL_CONTENT_TYPE = 'text/calendar; charset=utf-8';

/** A way to join an event online (RFC 7986 §5.11), e.g. a public page that leads to the video room. */
interface ICalConference {
  uri: string;
  /** `AUDIO`, `VIDEO`, `CHAT`, `SCREEN`, … (RFC 7986 §6.3). */
  features: readonly string[];
  label?: string;
}

/** A reminder the calendar program shows before the event (§3.6.6, `ACTION:DISPLAY`). */
interface ICalAlarm {
  minutesBefore: number;
  /** The reminder's text, shown by the calendar program. */
  description: string;
}

export interface ICalEvent {
  /** Globally unique and stable for this event across every download (calendars match updates by it). */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  /** The event's page. */
  url?: string;
  /** Revision of the event (§3.8.7.4): higher replaces lower in the calendar that imported it. */
  sequence?: number;
  status?: 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';
  lastModified?: Date;
  conferences?: readonly ICalConference[];
  categories?: readonly string[];
  alarms?: readonly ICalAlarm[];
}

interface ICalendar {
  /** `-//Organisation//Product//DE`, the product that wrote it (§3.7.3). */
  prodId: string;
  /** Shown as the calendar's name when subscribed (RFC 7986 NAME, and X-WR-CALNAME for older clients). */
  name?: string;
  description?: string;
  /** Where the calendar itself is published (RFC 7986 URL / SOURCE). */
  url?: string;
  /** How often subscribers should fetch it again, in minutes (RFC 7986 REFRESH-INTERVAL). */
  refreshMinutes?: number;
  /** DTSTAMP of every event: when this document was written. */
  stamp: Date;
  events: readonly ICalEvent[];
}

type Line = string | false | undefined;

function text(name: string, value: string | undefined): Line {
  return value !== undefined && value !== '' && `${name}:${escapeText(value)}`;
}

function eventLines(event: ICalEvent, stamp: Date): Line[] {
  if (event.end.getTime() < event.start.getTime()) throw new RangeError(`iCalendar: event ${event.uid} ends before it starts`);
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcDateTime(stamp)}`,
    `DTSTART:${utcDateTime(event.start)}`,
    `DTEND:${utcDateTime(event.end)}`,
    event.sequence !== undefined && `SEQUENCE:${Math.max(0, Math.trunc(event.sequence))}`,
    event.status && `STATUS:${event.status}`,
    text('SUMMARY', event.summary),
    text('DESCRIPTION', event.description),
    text('LOCATION', event.location),
    event.categories && event.categories.length > 0 && `CATEGORIES:${event.categories.map(escapeText).join(',')}`,
    event.url && `URL:${uriValue(event.url)}`,
    event.lastModified && `LAST-MODIFIED:${utcDateTime(event.lastModified)}`,
    ...(event.conferences ?? []).map(
      (conference) =>
        `CONFERENCE;VALUE=URI;FEATURE=${conference.features.map(paramValue).join(',')}${conference.label ? `;LABEL=${paramValue(conference.label)}` : ''}:${uriValue(conference.uri)}`,
    ),
    ...(event.alarms ?? []).flatMap(alarmLines),
    'END:VEVENT',
  ];
}

/** A negative duration before the start (§3.3.6): whole days as `-P1D`, else minutes (`-PT90M`). */
function triggerBefore(minutes: number): string {
  const whole = Math.max(0, Math.trunc(minutes));
  return whole > 0 && whole % 1440 === 0 ? `-P${whole / 1440}D` : `-PT${whole}M`;
}

function alarmLines(alarm: ICalAlarm): Line[] {
  return ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(alarm.description)}`, `TRIGGER:${triggerBefore(alarm.minutesBefore)}`, 'END:VALARM'];
}

/** The whole document, `METHOD:PUBLISH` (a published calendar, not an invitation), lines folded, CRLF line ends. */
export function writeCalendar(calendar: ICalendar): string {
  const lines: Line[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(calendar.prodId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    text('NAME', calendar.name),
    text('X-WR-CALNAME', calendar.name),
    text('DESCRIPTION', calendar.description),
    calendar.url && `URL:${uriValue(calendar.url)}`,
    calendar.url && `SOURCE;VALUE=URI:${uriValue(calendar.url)}`,
    calendar.refreshMinutes !== undefined && `REFRESH-INTERVAL;VALUE=DURATION:PT${Math.max(1, Math.trunc(calendar.refreshMinutes))}M`,
    ...calendar.events.flatMap((event) => eventLines(event, calendar.stamp)),
    'END:VCALENDAR',
  ];
  return `${lines
    .filter((line): line is string => typeof line === 'string')
    .map(foldLine)
    .join('\r\n')}\r\n`;
}
