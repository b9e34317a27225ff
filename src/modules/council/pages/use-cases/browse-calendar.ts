import type { Actor } from '../../../../kernel/auth';
import type { FieldErrors } from '../../../../kernel/http/errors';
import type { ModuleDeps } from '../../../../kernel/module';
import { addDays, berlinDay, berlinDayStart } from '../../../../kernel/time';
import { meetingsIn, type MeetingSummary } from '../queries/meetings';
import { allOrganizations, type OrganizationRecord } from '../queries/organizations';
import { shiftMonth } from '../presenters';
import type { CalendarQuery } from '../schemas';

export const PAGE_SIZE = 20;
/** A month of a very busy council is far below this; the bound keeps a hostile calendar cheap. */
const MONTH_LIMIT = 500;

export type CalendarView =
  | { kind: 'list'; past: boolean; meetings: MeetingSummary[]; total: number; page: number; pageCount: number }
  | { kind: 'month'; month: string; meetings: MeetingSummary[]; today: string };

export type CalendarResult =
  | { kind: 'beyond-end'; lastPage: number }
  | { kind: 'shown'; view: CalendarView; gremien: OrganizationRecord[]; gremium: OrganizationRecord | undefined; errors?: FieldErrors };

/** The Gremien that meet (a Fraktion's meetings are not the council's calendar), for the filter. */
function meetingGremien(organizations: OrganizationRecord[]): OrganizationRecord[] {
  return organizations.filter((org) => !['fraktion', 'partei', 'verwaltungsbereich'].includes(org.organizationType?.toLowerCase() ?? ''));
}

/**
 * `/rat/sitzungen`: the coming meetings (or the past ones, newest first), 20 a page, or with
 * `monat` the month's meetings for the grid; filtered by one Gremium. An unknown Gremium is a field
 * error, and the list without the filter is shown under it.
 */
export async function browseCalendar(_actor: Actor, query: CalendarQuery, deps: Pick<ModuleDeps, 'db'>, now = new Date()): Promise<CalendarResult> {
  const organizations = await allOrganizations(deps.db);
  const gremium = query.gremium ? organizations.find((org) => org.slug === query.gremium) : undefined;
  const errors: FieldErrors | undefined = query.gremium && !gremium ? { gremium: 'Wählen Sie ein Gremium aus der Liste.' } : undefined;
  const gremien = meetingGremien(organizations);
  const today = berlinDay(now);
  const organizationId = gremium?.id;
  if (query.monat) {
    const from = berlinDayStart(`${query.monat}-01`);
    const to = berlinDayStart(`${shiftMonth(query.monat, 1)}-01`);
    const { meetings } = await meetingsIn(deps.db, { from, to, organizationId, limit: MONTH_LIMIT });
    return { kind: 'shown', view: { kind: 'month', month: query.monat, meetings, today }, gremien, gremium, errors };
  }
  const past = query.zeit === 'vergangen';
  const boundary = berlinDayStart(today);
  const { meetings, total } = await meetingsIn(deps.db, {
    ...(past ? { to: boundary, newestFirst: true } : { from: boundary }),
    organizationId,
    limit: PAGE_SIZE,
    offset: (query.seite - 1) * PAGE_SIZE,
  });
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (query.seite > pageCount) return { kind: 'beyond-end', lastPage: pageCount };
  return { kind: 'shown', view: { kind: 'list', past, meetings, total, page: query.seite, pageCount }, gremien, gremium, errors };
}

/** The next meetings from today on (the landing page, a Gremium's page). */
export async function nextMeetings(deps: Pick<ModuleDeps, 'db'>, options: { organizationId?: string; limit: number }, now = new Date()) {
  return (await meetingsIn(deps.db, { from: berlinDayStart(berlinDay(now)), limit: options.limit, organizationId: options.organizationId })).meetings;
}

/** The latest meetings before today, newest first. */
export async function recentMeetings(deps: Pick<ModuleDeps, 'db'>, options: { organizationId?: string; limit: number }, now = new Date()) {
  const to = berlinDayStart(berlinDay(now));
  return (await meetingsIn(deps.db, { to, newestFirst: true, limit: options.limit, organizationId: options.organizationId })).meetings;
}

/** The window the iCal feeds hold: a year back (so protocols and changes still reach subscribers) and everything ahead. */
export function feedWindowStart(now: Date): Date {
  return berlinDayStart(addDays(berlinDay(now), -366));
}
