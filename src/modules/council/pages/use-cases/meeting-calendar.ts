import type { Actor } from '../../../../kernel/auth';
import { errors } from '../../../../kernel/http/errors';
import { writeCalendar, type ICalEvent } from '../../../../kernel/ical';
import type { ModuleDeps } from '../../../../kernel/module';
import { PAGE_PATHS } from '../../paths';
import { meetingTitle } from '../presenters';
import { meetingsIn, type MeetingSummary } from '../queries/meetings';
import { organizationBySlug } from '../queries/organizations';
import { feedWindowStart } from './browse-calendar';

/** A bound on one feed: far above a year and more of a town's meetings. */
const FEED_LIMIT = 3000;
/** Sources often give no end: calendars need a length, and a council meeting takes about this long. */
const ASSUMED_HOURS = 2;
/** SEQUENCE counts minutes since then: it grows with every change of our copy and fits a 32-bit integer for millennia. */
const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);

function event(meeting: MeetingSummary, baseUrl: string, host: string): ICalEvent {
  const url = `${baseUrl}${PAGE_PATHS.meeting(meeting.id)}`;
  const title = meetingTitle(meeting, meeting.organizations);
  const end = meeting.end && meeting.end > meeting.start ? meeting.end : new Date(meeting.start.getTime() + ASSUMED_HOURS * 3600_000);
  return {
    // The meeting's id: stable across downloads, so a moved or cancelled meeting replaces itself.
    uid: `rat-sitzung-${meeting.id}@${host}`,
    start: meeting.start,
    end,
    summary: meeting.cancelled ? `Abgesagt: ${title}` : title,
    description: [meeting.organizations.map((org) => org.name).join(', '), 'Tagesordnung und Unterlagen:', url].filter(Boolean).join('\n'),
    ...(meeting.place ? { location: meeting.place } : {}),
    url,
    sequence: Math.max(0, Math.floor((meeting.modified.getTime() - SEQUENCE_EPOCH) / 60_000)),
    status: meeting.cancelled ? 'CANCELLED' : 'CONFIRMED',
    lastModified: meeting.modified,
    categories: ['Ratssitzung'],
  };
}

/**
 * `/rat/sitzungen.ics` and `/rat/gremien/<slug>/sitzungen.ics`: the meetings of the last year and
 * every one ahead (of one Gremium), as a calendar to subscribe to (RFC 5545).
 */
export async function meetingCalendar(_actor: Actor, input: { slug?: string }, deps: Pick<ModuleDeps, 'db' | 'config'>, now = new Date()) {
  const organization = input.slug === undefined ? undefined : /^[a-z0-9-]{1,200}$/.test(input.slug) ? await organizationBySlug(deps.db, input.slug) : undefined;
  if (input.slug !== undefined && (!organization || organization.deleted)) throw errors.notFound('Das Gremium');
  const { meetings } = await meetingsIn(deps.db, { from: feedWindowStart(now), organizationId: organization?.id, limit: FEED_LIMIT });
  const { baseUrl, municipality } = deps.config;
  const host = new URL(baseUrl).host;
  const path = organization ? PAGE_PATHS.organizationCalendar(organization.slug) : PAGE_PATHS.meetingsCalendar;
  const body = writeCalendar({
    prodId: `-//${municipality.name}//Stadtportal Ratsinformation//DE`,
    name: organization ? `${organization.name}: Sitzungen` : `Ratsinformation ${municipality.name}: Sitzungen`,
    description: organization ? `Die Sitzungen des Gremiums ${organization.name}.` : `Die Sitzungen des Rates und der Gremien in ${municipality.name}.`,
    url: `${baseUrl}${path}`,
    refreshMinutes: 360,
    stamp: now,
    events: meetings.map((meeting) => event(meeting, baseUrl, host)),
  });
  return { body, filename: organization ? `sitzungen-${organization.slug}.ics` : 'sitzungen.ics' };
}
