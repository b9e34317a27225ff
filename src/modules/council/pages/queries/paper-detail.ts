import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../../kernel/db/types';
import {
  councilAgendaItems,
  councilConsultationOrganizations,
  councilConsultations,
  councilLocations,
  councilMeetings,
  councilOrganizations,
  councilPaperLocations,
  councilPaperOrganizations,
  councilPaperPersons,
  councilPaperRelations,
  councilPapers,
  councilPersons,
} from '../../tables';
import { PLACE_COLUMNS, placeText } from './places';

export interface PaperRecord {
  id: string;
  deleted: boolean;
  public: boolean;
  name: string | null;
  reference: string | null;
  date: string | null;
  paperType: string | null;
  web: string | null;
  mainFileId: string | null;
}

export async function findPaper(db: Executor, id: string): Promise<PaperRecord | undefined> {
  const [row] = await db
    .select({
      id: councilPapers.id,
      deleted: councilPapers.deleted,
      public: councilPapers.public,
      name: councilPapers.name,
      reference: councilPapers.reference,
      date: councilPapers.date,
      paperType: councilPapers.paperType,
      web: councilPapers.web,
      mainFileId: councilPapers.mainFileId,
    })
    .from(councilPapers)
    .where(eq(councilPapers.id, id));
  return row;
}

const ORGANIZATION_NAME = sql<string>`coalesce(${councilOrganizations.name}, ${councilOrganizations.shortName}, ${councilOrganizations.slug})`;

/** Originators (persons and organisations) and the Gremium federführend. */
export async function paperParties(db: Executor, paperId: string) {
  const [organizations, persons] = await Promise.all([
    db
      .select({ id: councilOrganizations.id, slug: councilOrganizations.slug, name: ORGANIZATION_NAME, role: councilPaperOrganizations.role })
      .from(councilPaperOrganizations)
      .innerJoin(councilOrganizations, eq(councilOrganizations.id, councilPaperOrganizations.organizationId))
      .where(and(eq(councilPaperOrganizations.paperId, paperId), eq(councilOrganizations.deleted, false)))
      .orderBy(asc(sql`${ORGANIZATION_NAME} collate "und-x-icu"`)),
    db
      .select({ id: councilPersons.id, name: councilPersons.name, familyName: councilPersons.familyName, givenName: councilPersons.givenName })
      .from(councilPaperPersons)
      .innerJoin(councilPersons, eq(councilPersons.id, councilPaperPersons.personId))
      .where(and(eq(councilPaperPersons.paperId, paperId), eq(councilPersons.deleted, false))),
  ]);
  return {
    underDirectionOf: organizations.filter((row) => row.role === 'underDirectionOf'),
    originatorOrganizations: organizations.filter((row) => row.role === 'originator'),
    originatorPersons: persons,
  };
}

/** Related, superordinated and subordinated papers (deleted ones left out; the caller checks visibility). */
export function paperRelations(db: Executor, paperId: string) {
  return db
    .select({
      relation: councilPaperRelations.relation,
      id: councilPapers.id,
      reference: councilPapers.reference,
      name: councilPapers.name,
      public: councilPapers.public,
    })
    .from(councilPaperRelations)
    .innerJoin(councilPapers, eq(councilPapers.id, councilPaperRelations.otherPaperId))
    .where(and(eq(councilPaperRelations.paperId, paperId), eq(councilPapers.deleted, false)))
    .orderBy(asc(councilPapers.date), asc(councilPapers.reference));
}

/** The places a paper is about. */
export async function paperPlaces(db: Executor, paperId: string): Promise<string[]> {
  const rows = await db
    .select(PLACE_COLUMNS)
    .from(councilPaperLocations)
    .innerJoin(councilLocations, eq(councilLocations.id, councilPaperLocations.locationId))
    .where(and(eq(councilPaperLocations.paperId, paperId), eq(councilLocations.deleted, false)));
  return rows.map(placeText).filter((text): text is string => text !== null);
}

export interface ConsultationRecord {
  id: string;
  role: string | null;
  authoritative: boolean | null;
  meeting: { id: string; name: string | null; start: Date | null; cancelled: boolean } | null;
  agendaItem: { id: string; number: string | null; name: string | null; public: boolean; result: string | null } | null;
  organizations: { id: string; slug: string; name: string }[];
}

/** The paper's consultations (Beratungsfolge) in the order of their meetings, undated ones last. */
export async function paperConsultations(db: Executor, paperId: string): Promise<ConsultationRecord[]> {
  const rows = await db
    .select({
      id: councilConsultations.id,
      role: councilConsultations.role,
      authoritative: councilConsultations.authoritative,
      meetingId: councilMeetings.id,
      meetingName: councilMeetings.name,
      meetingStart: councilMeetings.start,
      meetingCancelled: councilMeetings.cancelled,
      itemId: councilAgendaItems.id,
      itemNumber: councilAgendaItems.number,
      itemName: councilAgendaItems.name,
      itemPublic: councilAgendaItems.public,
      itemResult: councilAgendaItems.result,
    })
    .from(councilConsultations)
    .leftJoin(councilMeetings, and(eq(councilMeetings.id, councilConsultations.meetingId), eq(councilMeetings.deleted, false)))
    .leftJoin(councilAgendaItems, and(eq(councilAgendaItems.id, councilConsultations.agendaItemId), eq(councilAgendaItems.deleted, false)))
    .where(and(eq(councilConsultations.paperId, paperId), eq(councilConsultations.deleted, false)))
    .orderBy(sql`${councilMeetings.start} asc nulls last`, asc(councilConsultations.id));
  const ids = rows.map((row) => row.id);
  const organizations =
    ids.length === 0
      ? []
      : await db
          .select({
            key: councilConsultationOrganizations.consultationId,
            id: councilOrganizations.id,
            slug: councilOrganizations.slug,
            name: ORGANIZATION_NAME,
          })
          .from(councilConsultationOrganizations)
          .innerJoin(councilOrganizations, eq(councilOrganizations.id, councilConsultationOrganizations.organizationId))
          .where(inArray(councilConsultationOrganizations.consultationId, ids));
  return rows.map((row) => ({
    id: row.id,
    role: row.role,
    authoritative: row.authoritative,
    meeting: row.meetingId ? { id: row.meetingId, name: row.meetingName, start: row.meetingStart, cancelled: row.meetingCancelled! } : null,
    agendaItem: row.itemId ? { id: row.itemId, number: row.itemNumber, name: row.itemName, public: row.itemPublic!, result: row.itemResult } : null,
    organizations: organizations.filter((org) => org.key === row.id).map((org) => ({ id: org.id, slug: org.slug, name: org.name })),
  }));
}
