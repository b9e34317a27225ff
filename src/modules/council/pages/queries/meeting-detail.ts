import { and, asc, eq, or } from 'drizzle-orm';
import type { Executor } from '../../../../kernel/db/types';
import { councilAgendaItems, councilConsultations, councilLocations, councilMeetings, councilPapers } from '../../tables';
import { PLACE_COLUMNS, placeText } from './places';

export interface MeetingRecord {
  id: string;
  deleted: boolean;
  name: string | null;
  start: Date | null;
  end: Date | null;
  cancelled: boolean;
  meetingState: string | null;
  place: string | null;
  web: string | null;
  invitationFileId: string | null;
  resultsProtocolFileId: string | null;
  verbatimProtocolFileId: string | null;
}

export async function findMeeting(db: Executor, id: string): Promise<MeetingRecord | undefined> {
  const [row] = await db
    .select({
      id: councilMeetings.id,
      deleted: councilMeetings.deleted,
      name: councilMeetings.name,
      start: councilMeetings.start,
      end: councilMeetings.end,
      cancelled: councilMeetings.cancelled,
      meetingState: councilMeetings.meetingState,
      web: councilMeetings.web,
      invitationFileId: councilMeetings.invitationFileId,
      resultsProtocolFileId: councilMeetings.resultsProtocolFileId,
      verbatimProtocolFileId: councilMeetings.verbatimProtocolFileId,
      ...PLACE_COLUMNS,
    })
    .from(councilMeetings)
    .leftJoin(councilLocations, eq(councilLocations.id, councilMeetings.locationId))
    .where(eq(councilMeetings.id, id));
  if (!row) return undefined;
  const { placeDescription, placeRoom, placeStreet, placePostalCode, placeLocality, ...meeting } = row;
  return { ...meeting, place: placeText({ placeDescription, placeRoom, placeStreet, placePostalCode, placeLocality }) };
}

/** An agenda item with the paper its consultation deals with (if any). */
export interface AgendaItemRecord {
  id: string;
  number: string | null;
  order: number;
  name: string | null;
  public: boolean;
  result: string | null;
  resolutionText: string | null;
  resolutionFileId: string | null;
  paper: { id: string; reference: string | null; name: string | null; public: boolean; deleted: boolean } | null;
}

/** The meeting's agenda in order, deleted items left out. */
export async function agendaOf(db: Executor, meetingId: string): Promise<AgendaItemRecord[]> {
  const rows = await db
    .select({
      id: councilAgendaItems.id,
      deleted: councilAgendaItems.deleted,
      number: councilAgendaItems.number,
      order: councilAgendaItems.order,
      name: councilAgendaItems.name,
      public: councilAgendaItems.public,
      result: councilAgendaItems.result,
      resolutionText: councilAgendaItems.resolutionText,
      resolutionFileId: councilAgendaItems.resolutionFileId,
      paperId: councilPapers.id,
      paperReference: councilPapers.reference,
      paperName: councilPapers.name,
      paperPublic: councilPapers.public,
      paperDeleted: councilPapers.deleted,
    })
    .from(councilAgendaItems)
    // AgendaItem.consultation, or a Consultation's agendaItem pointing back (sources fill one of the two).
    .leftJoin(
      councilConsultations,
      and(
        eq(councilConsultations.deleted, false),
        or(eq(councilConsultations.id, councilAgendaItems.consultationId), eq(councilConsultations.agendaItemId, councilAgendaItems.id)),
      ),
    )
    .leftJoin(councilPapers, eq(councilPapers.id, councilConsultations.paperId))
    .where(eq(councilAgendaItems.meetingId, meetingId))
    .orderBy(asc(councilAgendaItems.order), asc(councilAgendaItems.id));
  const seen = new Set<string>();
  return rows
    .filter((row) => !row.deleted && !seen.has(row.id) && seen.add(row.id))
    .map((row) => ({
      id: row.id,
      number: row.number,
      order: row.order,
      name: row.name,
      public: row.public,
      result: row.result,
      resolutionText: row.resolutionText,
      resolutionFileId: row.resolutionFileId,
      paper: row.paperId ? { id: row.paperId, reference: row.paperReference, name: row.paperName, public: row.paperPublic!, deleted: row.paperDeleted! } : null,
    }));
}
