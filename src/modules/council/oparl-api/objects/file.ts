import { and, eq, or, sql } from 'drizzle-orm';
import type { Executor } from '../../../../kernel/db';
import { OPARL_PATHS } from '../../paths';
import { councilAgendaItemFiles, councilAgendaItems, councilFiles, councilMeetingFiles, councilMeetings, councilPaperFiles, councilPapers } from '../../tables';
import { objectUrls, type OparlContext } from '../context';
import { groupBy, inOrder, type JsonObject } from '../json';
import { anyOf, oparlObject, undeletedAmong, type OparlKind } from './common';

type FileRow = typeof councilFiles.$inferSelect;

/**
 * Where the bytes are (spec 2.7): a file we hold is served by us, inline at accessUrl and as an
 * attachment at downloadUrl; one we do not hold points to its source's URLs; one nobody holds keeps
 * our accessUrl (the schema demands one), which answers that the file is not available.
 */
function fileUrls(context: OparlContext, row: FileRow): { accessUrl: string; downloadUrl?: string } {
  const ours = { accessUrl: `${context.baseUrl}${OPARL_PATHS.fileAccess(row.id)}`, downloadUrl: `${context.baseUrl}${OPARL_PATHS.fileDownload(row.id)}` };
  if (row.storageKey) return ours;
  if (row.sourceAccessUrl) return { accessUrl: row.sourceAccessUrl, downloadUrl: row.sourceDownloadUrl ?? undefined };
  return { accessUrl: ours.accessUrl };
}

function fileObject(context: OparlContext, row: FileRow, backReferences: JsonObject = {}): JsonObject {
  return oparlObject(
    context,
    'file',
    row,
    () => ({
      name: row.name,
      fileName: row.fileName,
      mimeType: row.mimeType,
      date: row.date,
      size: row.size,
      sha1Checksum: row.sha1Checksum,
      sha512Checksum: row.sha512Checksum,
      text: row.text,
      ...fileUrls(context, row),
      externalServiceUrl: row.externalServiceUrl,
      fileLicense: row.fileLicense,
      ...backReferences,
    }),
    () => ({ accessUrl: `${context.baseUrl}${OPARL_PATHS.fileAccess(row.id)}` }),
  );
}

/** Files as they are embedded in a meeting, agenda item or paper: public ones only, never deleted ones, without back-references. */
export async function embeddedFiles(context: OparlContext, ids: readonly string[]): Promise<Map<string, JsonObject>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await context.db
    .select()
    .from(councilFiles)
    .where(and(anyOf(councilFiles.id, unique), eq(councilFiles.public, true), eq(councilFiles.deleted, false)));
  return new Map(rows.map((row) => [row.id, fileObject(context, row)]));
}

interface Holder {
  fileId: string | null;
  holderId: string;
}

/** Holder ids by file, each once, keeping only the holders that pass. */
function byFile(rows: Holder[], passes: Set<string>): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const { fileId, holderId } of rows) {
    if (!fileId || !passes.has(holderId)) continue;
    const list = map.get(fileId) ?? [];
    if (!list.includes(holderId)) list.push(holderId);
    map.set(fileId, list);
  }
  return map;
}

/**
 * File.meeting, File.agendaItem, File.paper: the undeleted (and for items and papers public) objects
 * that hold each file, in a list or a single-file property. Links first, holders then by id (undeletedAmong).
 */
async function holders(db: Executor, ids: string[]) {
  const meetingLinks = [
    ...(await db
      .select({ fileId: councilMeetingFiles.fileId, holderId: councilMeetingFiles.meetingId })
      .from(councilMeetingFiles)
      .where(anyOf(councilMeetingFiles.fileId, ids))),
    ...(
      await db
        .select({
          holderId: councilMeetings.id,
          files: sql<
            Array<string | null>
          >`array[${councilMeetings.invitationFileId}, ${councilMeetings.resultsProtocolFileId}, ${councilMeetings.verbatimProtocolFileId}]`,
        })
        .from(councilMeetings)
        .where(
          or(
            anyOf(councilMeetings.invitationFileId, ids),
            anyOf(councilMeetings.resultsProtocolFileId, ids),
            anyOf(councilMeetings.verbatimProtocolFileId, ids),
          ),
        )
    ).flatMap(({ holderId, files }) => files.map((fileId) => ({ fileId, holderId }))),
  ];
  const itemLinks = [
    ...(await db
      .select({ fileId: councilAgendaItemFiles.fileId, holderId: councilAgendaItemFiles.agendaItemId })
      .from(councilAgendaItemFiles)
      .where(anyOf(councilAgendaItemFiles.fileId, ids))),
    ...(await db
      .select({ fileId: councilAgendaItems.resolutionFileId, holderId: councilAgendaItems.id })
      .from(councilAgendaItems)
      .where(anyOf(councilAgendaItems.resolutionFileId, ids))),
  ];
  const paperLinks = [
    ...(await db
      .select({ fileId: councilPaperFiles.fileId, holderId: councilPaperFiles.paperId })
      .from(councilPaperFiles)
      .where(anyOf(councilPaperFiles.fileId, ids))),
    ...(await db.select({ fileId: councilPapers.mainFileId, holderId: councilPapers.id }).from(councilPapers).where(anyOf(councilPapers.mainFileId, ids))),
  ];
  const wanted = new Set(ids);
  const relevant = (links: Holder[]) => links.filter((link) => link.fileId && wanted.has(link.fileId)).map((link) => link.holderId);
  return {
    meeting: byFile(meetingLinks, await undeletedAmong(db, councilMeetings, relevant(meetingLinks))),
    agendaItem: byFile(itemLinks, await undeletedAmong(db, councilAgendaItems, relevant(itemLinks), sql`public`)),
    paper: byFile(paperLinks, await undeletedAmong(db, councilPapers, relevant(paperLinks), sql`public`)),
  };
}

export const fileKind: OparlKind = {
  type: 'file',
  table: councilFiles,
  visible: sql`${councilFiles.public}`,
  async render(context, ids) {
    const list = [...ids];
    const rows = await context.db.select().from(councilFiles).where(anyOf(councilFiles.id, list));
    const held = await holders(context.db, list);
    const derivatives = await context.db
      .select({ id: councilFiles.id, masterFileId: councilFiles.masterFileId })
      .from(councilFiles)
      .where(and(anyOf(councilFiles.masterFileId, list), eq(councilFiles.public, true), eq(councilFiles.deleted, false)));
    const derived = groupBy(derivatives, (row) => row.masterFileId ?? '');
    const masters = await embeddedFiles(
      context,
      rows.flatMap((row) => (row.masterFileId ? [row.masterFileId] : [])),
    );
    const ofFile = (map: Map<string, string[]>, id: string) => map.get(id) ?? [];
    const objects = new Map(
      rows.map((row) => [
        row.id,
        fileObject(context, row, {
          ...(row.masterFileId && masters.has(row.masterFileId) ? { masterFile: masters.get(row.masterFileId)!.id as string } : {}),
          derivativeFile: objectUrls(
            context,
            'file',
            (derived.get(row.id) ?? []).map((file) => file.id),
          ),
          meeting: objectUrls(context, 'meeting', ofFile(held.meeting, row.id)),
          agendaItem: objectUrls(context, 'agendaitem', ofFile(held.agendaItem, row.id)),
          paper: objectUrls(context, 'paper', ofFile(held.paper, row.id)),
        }),
      ]),
    );
    return inOrder(ids, objects);
  },
};
