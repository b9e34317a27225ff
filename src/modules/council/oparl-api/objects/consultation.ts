import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { councilAgendaItems, councilConsultationOrganizations, councilConsultations, councilPapers } from '../../tables';
import { objectUrl, objectUrls, type OparlContext } from '../context';
import { groupBy, inOrder, type JsonObject } from '../json';
import { oparlObject, type OparlKind } from './common';

type ConsultationRow = typeof councilConsultations.$inferSelect;

/** A consultation reveals its paper: one of a non-public paper is as invisible as the paper. */
export const CONSULTATION_VISIBLE = sql`(${councilConsultations.paperId} is null or exists (select 1 from ${councilPapers} where ${councilPapers.id} = ${councilConsultations.paperId} and ${councilPapers.public}))`;

/** Consultations as objects; embedded in their Paper they leave out the reference back to it. */
export async function consultationObjects(context: OparlContext, rows: ConsultationRow[], embedded: boolean): Promise<Map<string, JsonObject>> {
  if (rows.length === 0) return new Map();
  const ids = rows.map((row) => row.id);
  const organizations = groupBy(
    await context.db
      .select({ consultationId: councilConsultationOrganizations.consultationId, id: councilConsultationOrganizations.organizationId })
      .from(councilConsultationOrganizations)
      .where(inArray(councilConsultationOrganizations.consultationId, ids))
      .orderBy(asc(councilConsultationOrganizations.organizationId)),
    (link) => link.consultationId,
  );
  // The agenda item only where it is public: a paper may be discussed in the nichtöffentlicher Teil.
  const itemIds = rows.flatMap((row) => (row.agendaItemId ? [row.agendaItemId] : []));
  const publicItems = new Set(
    itemIds.length === 0
      ? []
      : (
          await context.db
            .select({ id: councilAgendaItems.id })
            .from(councilAgendaItems)
            .where(and(inArray(councilAgendaItems.id, itemIds), eq(councilAgendaItems.public, true), eq(councilAgendaItems.deleted, false)))
        ).map((item) => item.id),
  );
  return new Map(
    rows.map((row) => [
      row.id,
      oparlObject(context, 'consultation', row, () => ({
        paper: embedded || !row.paperId ? undefined : objectUrl(context, 'paper', row.paperId),
        agendaItem: row.agendaItemId && publicItems.has(row.agendaItemId) ? objectUrl(context, 'agendaitem', row.agendaItemId) : undefined,
        meeting: row.meetingId ? objectUrl(context, 'meeting', row.meetingId) : undefined,
        organization: objectUrls(
          context,
          'organization',
          (organizations.get(row.id) ?? []).map((link) => link.id),
        ),
        authoritative: row.authoritative,
        role: row.role,
      })),
    ]),
  );
}

export const consultationKind: OparlKind = {
  type: 'consultation',
  table: councilConsultations,
  visible: CONSULTATION_VISIBLE,
  async render(context, ids) {
    const rows = await context.db
      .select()
      .from(councilConsultations)
      .where(inArray(councilConsultations.id, [...ids]));
    return inOrder(ids, await consultationObjects(context, rows, false));
  },
};

/** The undeleted consultations of these papers, embedded (spec: Paper.consultation). */
export async function consultationsOfPapers(context: OparlContext, paperIds: string[]): Promise<Map<string, JsonObject[]>> {
  const rows = await context.db
    .select()
    .from(councilConsultations)
    .where(and(inArray(councilConsultations.paperId, paperIds), eq(councilConsultations.deleted, false)))
    .orderBy(asc(councilConsultations.created), asc(councilConsultations.id));
  const objects = await consultationObjects(context, rows, true);
  const byPaper = groupBy(rows, (row) => row.paperId ?? '');
  return new Map(
    paperIds.map((id) => [
      id,
      inOrder(
        (byPaper.get(id) ?? []).map((row) => row.id),
        objects,
      ),
    ]),
  );
}
