import { and, asc, eq, or, sql } from 'drizzle-orm';
import { councilAgendaItemFiles, councilAgendaItems, councilConsultations, councilPapers } from '../../tables';
import { objectUrl, type OparlContext } from '../context';
import { groupBy, inOrder, optionalDateTime, type JsonObject } from '../json';
import { anyOf, oparlObject, undeletedAmong, type OparlKind } from './common';
import { embeddedFiles } from './file';

type AgendaItemRow = typeof councilAgendaItems.$inferSelect;

/** The consultation each item deals with: its own column, else a consultation naming it; only consultations of public papers. */
async function consultationsOf(context: OparlContext, rows: AgendaItemRow[]): Promise<Map<string, string>> {
  const itemIds = rows.map((row) => row.id);
  const named = rows.flatMap((row) => (row.consultationId ? [row.consultationId] : []));
  const candidates = await context.db
    .select({ id: councilConsultations.id, agendaItemId: councilConsultations.agendaItemId, paperId: councilConsultations.paperId })
    .from(councilConsultations)
    .where(
      and(
        or(anyOf(councilConsultations.agendaItemId, itemIds), named.length > 0 ? anyOf(councilConsultations.id, named) : undefined),
        eq(councilConsultations.deleted, false),
      ),
    );
  const publicPapers = await undeletedAmong(
    context.db,
    councilPapers,
    candidates.flatMap((row) => (row.paperId ? [row.paperId] : [])),
    sql`public`,
  );
  const found = candidates.filter((row) => !row.paperId || publicPapers.has(row.paperId));
  const visible = new Set(found.map((row) => row.id));
  const byItem = new Map<string, string>();
  for (const row of found) if (row.agendaItemId) byItem.set(row.agendaItemId, row.id);
  for (const row of rows) if (row.consultationId && visible.has(row.consultationId)) byItem.set(row.id, row.consultationId);
  return byItem;
}

/** Agenda items as objects; embedded in their Meeting they leave out the reference back to it. */
export async function agendaItemObjects(context: OparlContext, rows: AgendaItemRow[], embedded: boolean): Promise<Map<string, JsonObject>> {
  if (rows.length === 0) return new Map();
  const ids = rows.map((row) => row.id);
  const consultations = await consultationsOf(context, rows);
  const auxiliary = context.omitInternal
    ? new Map<string, Array<{ agendaItemId: string; fileId: string }>>()
    : groupBy(
        await context.db
          .select({ agendaItemId: councilAgendaItemFiles.agendaItemId, fileId: councilAgendaItemFiles.fileId })
          .from(councilAgendaItemFiles)
          .where(anyOf(councilAgendaItemFiles.agendaItemId, ids))
          .orderBy(asc(councilAgendaItemFiles.position), asc(councilAgendaItemFiles.fileId)),
        (link) => link.agendaItemId,
      );
  const files = await embeddedFiles(context, [
    ...rows.flatMap((row) => (row.resolutionFileId ? [row.resolutionFileId] : [])),
    ...[...auxiliary.values()].flat().map((link) => link.fileId),
  ]);
  return new Map(
    rows.map((row) => [
      row.id,
      oparlObject(
        context,
        'agendaitem',
        row,
        () => ({
          meeting: embedded ? undefined : objectUrl(context, 'meeting', row.meetingId),
          number: row.number,
          order: row.order,
          name: row.name,
          public: row.public,
          consultation: consultations.has(row.id) ? objectUrl(context, 'consultation', consultations.get(row.id)!) : undefined,
          result: row.result,
          resolutionText: row.resolutionText,
          resolutionFile: row.resolutionFileId ? files.get(row.resolutionFileId) : undefined,
          auxiliaryFile: inOrder(
            (auxiliary.get(row.id) ?? []).map((link) => link.fileId),
            files,
          ),
          start: optionalDateTime(row.start),
          end: optionalDateTime(row.end),
        }),
        () => ({ order: row.order }),
      ),
    ]),
  );
}

export const agendaItemKind: OparlKind = {
  type: 'agendaitem',
  table: councilAgendaItems,
  visible: sql`${councilAgendaItems.public}`,
  async render(context, ids) {
    const rows = await context.db
      .select()
      .from(councilAgendaItems)
      .where(anyOf(councilAgendaItems.id, [...ids]));
    return inOrder(ids, await agendaItemObjects(context, rows, false));
  },
};
