import { and, asc, desc, eq, exists, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../../kernel/db/types';
import { councilLocations, councilMeetingOrganizations, councilMeetings } from '../../tables';
import { meetingOrganizations, type OrganizationRef } from './organizations-of';
import { PLACE_COLUMNS, placeText } from './places';

/** A meeting as lists show it. */
export interface MeetingSummary {
  id: string;
  name: string | null;
  start: Date;
  end: Date | null;
  cancelled: boolean;
  meetingState: string | null;
  place: string | null;
  organizations: OrganizationRef[];
  /** When our copy last changed (the iCal SEQUENCE and LAST-MODIFIED). */
  modified: Date;
}

export interface MeetingWindow {
  /** Meetings starting at or after this moment… */
  from?: Date;
  /** …and before this one. */
  to?: Date;
  /** Latest first (the past), else earliest first. */
  newestFirst?: boolean;
  organizationId?: string;
  limit: number;
  offset?: number;
}

const COLUMNS = {
  id: councilMeetings.id,
  name: councilMeetings.name,
  start: councilMeetings.start,
  end: councilMeetings.end,
  cancelled: councilMeetings.cancelled,
  meetingState: councilMeetings.meetingState,
  modified: councilMeetings.modified,
  ...PLACE_COLUMNS,
};

function conditions(window: MeetingWindow): SQL | undefined {
  const parts: (SQL | undefined)[] = [
    eq(councilMeetings.deleted, false),
    // A meeting without a start cannot be placed in a calendar; the API still lists it.
    sql`${councilMeetings.start} is not null`,
    window.from && gte(councilMeetings.start, window.from),
    window.to && lt(councilMeetings.start, window.to),
  ];
  if (window.organizationId) {
    parts.push(
      exists(
        sql`(select 1 from ${councilMeetingOrganizations} where ${councilMeetingOrganizations.meetingId} = ${councilMeetings.id} and ${councilMeetingOrganizations.organizationId} = ${window.organizationId})`,
      ),
    );
  }
  return and(...parts);
}

/** One page of the meetings in a window, with how many there are in all (one statement), and their Gremien. */
export async function meetingsIn(db: Executor, window: MeetingWindow): Promise<{ meetings: MeetingSummary[]; total: number }> {
  const rows = await db
    .select({ ...COLUMNS, total: sql<number>`(count(*) over ())::int` })
    .from(councilMeetings)
    .leftJoin(councilLocations, eq(councilLocations.id, councilMeetings.locationId))
    .where(conditions(window))
    .orderBy(window.newestFirst ? desc(councilMeetings.start) : asc(councilMeetings.start), asc(councilMeetings.id))
    .limit(window.limit)
    .offset(window.offset ?? 0);
  const organizations = await meetingOrganizations(
    db,
    rows.map((row) => row.id),
  );
  return {
    total: rows[0]?.total ?? (window.offset ? await countMeetings(db, window) : 0),
    meetings: rows.map((row) => ({
      id: row.id,
      name: row.name,
      start: row.start!,
      end: row.end,
      cancelled: row.cancelled,
      meetingState: row.meetingState,
      place: placeText(row),
      organizations: organizations.get(row.id) ?? [],
      modified: row.modified,
    })),
  };
}

/** The count alone, for a page beyond the last (the window function has no row to ride on). */
async function countMeetings(db: Executor, window: MeetingWindow): Promise<number> {
  const [row] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(councilMeetings)
    .where(conditions(window));
  return row?.total ?? 0;
}
