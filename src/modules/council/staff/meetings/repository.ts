import { and, asc, desc, eq, getTableColumns, gte, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../../../kernel/db';
import { councilAgendaItems, councilLocations, councilMeetingOrganizations, councilMeetings, councilOrganizations, councilPapers } from '../../tables';

export type CouncilMeeting = typeof councilMeetings.$inferSelect;
export type CouncilLocation = typeof councilLocations.$inferSelect;
export type CouncilAgendaItem = typeof councilAgendaItems.$inferSelect;

export interface MeetingRow extends CouncilMeeting {
  gremien: string;
  itemCount: number;
}

const LIST_LIMIT = 200;

/** Upcoming meetings soonest first, or past ones latest first (the last 200 of either). */
export function listMeetings(db: Executor, when: 'upcoming' | 'past', now: Date): Promise<MeetingRow[]> {
  const gremien = sql<string>`coalesce((select string_agg(o.name, ', ' order by o.name) from council_meeting_organizations mo
    join council_organizations o on o.id = mo.organization_id where mo.meeting_id = council_meetings.id and not o.deleted), '')`;
  const items = sql<number>`(select count(*)::int from council_agenda_items a where a.meeting_id = council_meetings.id and not a.deleted)`;
  return db
    .select({ ...getTableColumns(councilMeetings), gremien, itemCount: items })
    .from(councilMeetings)
    .where(and(eq(councilMeetings.deleted, false), when === 'upcoming' ? gte(councilMeetings.start, now) : lt(councilMeetings.start, now)))
    .orderBy(when === 'upcoming' ? asc(councilMeetings.start) : desc(councilMeetings.start), asc(councilMeetings.id))
    .limit(LIST_LIMIT);
}

export async function findMeeting(db: Executor, id: string): Promise<CouncilMeeting | undefined> {
  const [row] = await db
    .select()
    .from(councilMeetings)
    .where(and(eq(councilMeetings.id, id), eq(councilMeetings.deleted, false)));
  return row;
}

export async function meetingOrganizationIds(db: Executor, meetingId: string): Promise<string[]> {
  const rows = await db
    .select({ id: councilMeetingOrganizations.organizationId })
    .from(councilMeetingOrganizations)
    .innerJoin(councilOrganizations, eq(councilOrganizations.id, councilMeetingOrganizations.organizationId))
    .where(eq(councilMeetingOrganizations.meetingId, meetingId));
  return rows.map((row) => row.id);
}

export async function findLocation(db: Executor, id: string | null): Promise<CouncilLocation | undefined> {
  if (!id) return undefined;
  const [row] = await db.select().from(councilLocations).where(eq(councilLocations.id, id));
  return row;
}

export interface AgendaRow extends CouncilAgendaItem {
  /** The item's Consultation: its own reference, or (as some sources and the fixture have it) only the consultation's. */
  linkedConsultationId: string | null;
  paperReference: string | null;
}

/** A meeting's agenda items not deleted, in their order, with the reference of the paper each deals with. */
export function agendaOf(db: Executor, meetingId: string): Promise<AgendaRow[]> {
  const consultation = sql<string | null>`coalesce(council_agenda_items.consultation_id, (select c.id from council_consultations c
    where c.agenda_item_id = council_agenda_items.id and not c.deleted order by c.created limit 1))`;
  return db
    .select({
      ...getTableColumns(councilAgendaItems),
      linkedConsultationId: consultation,
      paperReference: sql<string | null>`(select p.reference from council_consultations c join council_papers p on p.id = c.paper_id
        where c.id = ${consultation} and not p.deleted)`,
    })
    .from(councilAgendaItems)
    .where(and(eq(councilAgendaItems.meetingId, meetingId), eq(councilAgendaItems.deleted, false)))
    .orderBy(asc(councilAgendaItems.order), asc(councilAgendaItems.id));
}

/** A paper not deleted by its Drucksachennummer, within the meeting's body. */
export async function paperByReference(db: Executor, bodyId: string, reference: string): Promise<{ id: string } | undefined> {
  const [row] = await db
    .select({ id: councilPapers.id })
    .from(councilPapers)
    .where(and(eq(councilPapers.bodyId, bodyId), eq(councilPapers.reference, reference), eq(councilPapers.deleted, false)))
    .limit(1);
  return row;
}
