import { and, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../../kernel/db';
import {
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
import type { PaperFilter } from './schemas';

export type CouncilPaper = typeof councilPapers.$inferSelect;

export const PAPER_LIST_LIMIT = 100;

/** Papers not deleted, newest first, by reference or title words and type; at most PAPER_LIST_LIMIT and the total. */
export async function listPapers(db: Executor, filter: PaperFilter): Promise<{ papers: CouncilPaper[]; total: number }> {
  const conditions: SQL[] = [eq(councilPapers.deleted, false)];
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    conditions.push(or(ilike(councilPapers.reference, pattern), ilike(councilPapers.name, pattern))!);
  }
  if (filter.art) conditions.push(eq(councilPapers.paperType, filter.art));
  const where = and(...conditions);
  const [papers, [count]] = await Promise.all([
    db
      .select()
      .from(councilPapers)
      .where(where)
      .orderBy(sql`${councilPapers.date} desc nulls last`, desc(councilPapers.created))
      .limit(PAPER_LIST_LIMIT),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(councilPapers)
      .where(where),
  ]);
  return { papers, total: count?.total ?? 0 };
}

export async function findPaper(db: Executor, id: string): Promise<CouncilPaper | undefined> {
  const [row] = await db
    .select()
    .from(councilPapers)
    .where(and(eq(councilPapers.id, id), eq(councilPapers.deleted, false)));
  return row;
}

/** The first place the paper is about (the form edits one; an import may have given more). */
export async function placeOf(db: Executor, paperId: string): Promise<typeof councilLocations.$inferSelect | undefined> {
  const [row] = await db
    .select({ location: councilLocations })
    .from(councilPaperLocations)
    .innerJoin(councilLocations, eq(councilLocations.id, councilPaperLocations.locationId))
    .where(eq(councilPaperLocations.paperId, paperId))
    .limit(1);
  return row?.location;
}

export interface PaperLinks {
  underDirectionOfId: string | null;
  originatorOrganizationIds: string[];
  originatorPersonIds: string[];
  relatedReferences: string[];
}

/** What the paper's join tables hold, as the form shows it. */
export async function linksOf(db: Executor, paperId: string): Promise<PaperLinks> {
  const [organizations, persons, related] = await Promise.all([
    db.select().from(councilPaperOrganizations).where(eq(councilPaperOrganizations.paperId, paperId)),
    db.select({ id: councilPaperPersons.personId }).from(councilPaperPersons).where(eq(councilPaperPersons.paperId, paperId)),
    db
      .select({ reference: councilPapers.reference })
      .from(councilPaperRelations)
      .innerJoin(councilPapers, eq(councilPapers.id, councilPaperRelations.otherPaperId))
      .where(and(eq(councilPaperRelations.paperId, paperId), eq(councilPaperRelations.relation, 'related'))),
  ]);
  return {
    underDirectionOfId: organizations.find((row) => row.role === 'underDirectionOf')?.organizationId ?? null,
    originatorOrganizationIds: organizations.filter((row) => row.role === 'originator').map((row) => row.organizationId),
    originatorPersonIds: persons.map((row) => row.id),
    relatedReferences: related.map((row) => row.reference ?? ''),
  };
}

/** Papers of the body by their references (not deleted), to link related papers. */
export async function papersByReference(db: Executor, bodyId: string, references: string[]): Promise<{ id: string; reference: string }[]> {
  if (references.length === 0) return [];
  const rows = await db
    .select({ id: councilPapers.id, reference: councilPapers.reference })
    .from(councilPapers)
    .where(and(eq(councilPapers.bodyId, bodyId), inArray(councilPapers.reference, references), eq(councilPapers.deleted, false)));
  return rows.map((row) => ({ id: row.id, reference: row.reference ?? '' }));
}

/** Persons not deleted, by name: the originators the form offers. */
export function personChoices(db: Executor): Promise<{ id: string; name: string }[]> {
  return db
    .select({ id: councilPersons.id, name: sql<string>`coalesce(${councilPersons.name}, '')` })
    .from(councilPersons)
    .where(eq(councilPersons.deleted, false))
    .orderBy(sql`coalesce(${councilPersons.familyName}, ${councilPersons.name}) collate "und-x-icu"`);
}

export interface ConsultationRow {
  id: string;
  gremien: string;
  meeting: string | null;
  meetingStart: Date | null;
  role: string | null;
  authoritative: boolean | null;
}

/** The paper's consultations not deleted, in the order of their meetings. */
export function consultationsOf(db: Executor, paperId: string): Promise<ConsultationRow[]> {
  return db
    .select({
      id: councilConsultations.id,
      gremien: sql<string>`coalesce((select string_agg(o.name, ', ' order by o.name) from ${councilConsultationOrganizations} co
        join ${councilOrganizations} o on o.id = co.organization_id where co.consultation_id = council_consultations.id), '')`,
      meeting: councilMeetings.name,
      meetingStart: councilMeetings.start,
      role: councilConsultations.role,
      authoritative: councilConsultations.authoritative,
    })
    .from(councilConsultations)
    .leftJoin(councilMeetings, eq(councilMeetings.id, councilConsultations.meetingId))
    .where(and(eq(councilConsultations.paperId, paperId), eq(councilConsultations.deleted, false)))
    .orderBy(sql`${councilMeetings.start} nulls last`, councilConsultations.created);
}

/** Meetings not deleted, the latest 200 by start: the choices of a consultation's meeting. */
export function meetingChoices(db: Executor): Promise<{ id: string; name: string; start: Date | null }[]> {
  return db
    .select({ id: councilMeetings.id, name: sql<string>`coalesce(${councilMeetings.name}, '')`, start: councilMeetings.start })
    .from(councilMeetings)
    .where(eq(councilMeetings.deleted, false))
    .orderBy(sql`${councilMeetings.start} desc nulls last`)
    .limit(200);
}
