import { and, asc, eq, sql } from 'drizzle-orm';
import { councilAgendaItems, councilConsultationOrganizations, councilConsultations, councilOrganizations, councilPapers } from '../../tables';
import { objectUrl, objectUrls, type OparlContext } from '../context';
import { groupBy, inOrder, type JsonObject } from '../json';
import { anyOf, listOf, oparlObject, type OparlKind } from './common';

/** Consultations with their Gremien (undeleted ones), in one statement. */
function selectConsultations(context: OparlContext) {
  return context.db
    .select({
      consultation: councilConsultations,
      organization: listOf<string>(
        sql`link.organization_id`,
        sql`from ${councilConsultationOrganizations} link join ${councilOrganizations} organization on organization.id = link.organization_id
            where link.consultation_id = ${councilConsultations.id} and not organization.deleted`,
        sql`link.organization_id`,
      ),
    })
    .from(councilConsultations);
}

type ConsultationRow = Awaited<ReturnType<typeof selectConsultations>>[number];

/** A consultation reveals its paper: one of a non-public paper is as invisible as the paper. */
export const CONSULTATION_VISIBLE = sql`(${councilConsultations.paperId} is null or exists (select 1 from ${councilPapers} where ${councilPapers.id} = ${councilConsultations.paperId} and ${councilPapers.public}))`;

/** Consultations as objects; embedded in their Paper they leave out the reference back to it. */
export async function consultationObjects(context: OparlContext, rows: ConsultationRow[], embedded: boolean): Promise<Map<string, JsonObject>> {
  if (rows.length === 0) return new Map();
  // The agenda item only where it is public: a paper may be discussed in the nichtöffentlicher Teil.
  const itemIds = rows.flatMap(({ consultation }) => (consultation.agendaItemId ? [consultation.agendaItemId] : []));
  const publicItems = new Set(
    itemIds.length === 0
      ? []
      : (
          await context.db
            .select({ id: councilAgendaItems.id })
            .from(councilAgendaItems)
            .where(and(anyOf(councilAgendaItems.id, itemIds), eq(councilAgendaItems.public, true), eq(councilAgendaItems.deleted, false)))
        ).map((item) => item.id),
  );
  return new Map(
    rows.map(({ consultation: row, organization }) => [
      row.id,
      oparlObject(context, 'consultation', row, () => ({
        paper: embedded || !row.paperId ? undefined : objectUrl(context, 'paper', row.paperId),
        agendaItem: row.agendaItemId && publicItems.has(row.agendaItemId) ? objectUrl(context, 'agendaitem', row.agendaItemId) : undefined,
        meeting: row.meetingId ? objectUrl(context, 'meeting', row.meetingId) : undefined,
        organization: objectUrls(context, 'organization', organization),
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
    const rows = await selectConsultations(context).where(anyOf(councilConsultations.id, [...ids]));
    return inOrder(ids, await consultationObjects(context, rows, false));
  },
};

/** The undeleted consultations of these papers, embedded (spec: Paper.consultation). */
export async function consultationsOfPapers(context: OparlContext, paperIds: string[]): Promise<Map<string, JsonObject[]>> {
  const rows = await selectConsultations(context)
    .where(and(anyOf(councilConsultations.paperId, paperIds), eq(councilConsultations.deleted, false)))
    .orderBy(asc(councilConsultations.created), asc(councilConsultations.id));
  const objects = await consultationObjects(context, rows, true);
  const byPaper = groupBy(rows, ({ consultation }) => consultation.paperId ?? '');
  const idsOf = (paperId: string) => (byPaper.get(paperId) ?? []).map(({ consultation }) => consultation.id);
  return new Map(paperIds.map((id) => [id, inOrder(idsOf(id), objects)]));
}
