import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../../kernel/db/types';
import { councilAgendaItemFiles, councilFiles, councilMeetingFiles, councilPaperFiles } from '../../tables';

/** A document as pages list it; `public` decides with the holder's Gremien who sees it. */
export interface FileRef {
  id: string;
  name: string | null;
  fileName: string | null;
  mimeType: string | null;
  size: number | null;
  public: boolean;
}

const COLUMNS = {
  id: councilFiles.id,
  name: councilFiles.name,
  fileName: councilFiles.fileName,
  mimeType: councilFiles.mimeType,
  size: councilFiles.size,
  public: councilFiles.public,
};

/** Files by id (the single-file columns: invitation, protocols, main file, resolution), deleted ones left out. */
export async function filesById(db: Executor, ids: readonly (string | null)[]): Promise<Map<string, FileRef>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select(COLUMNS)
    .from(councilFiles)
    .where(and(inArray(councilFiles.id, wanted), eq(councilFiles.deleted, false)));
  return new Map(rows.map((row) => [row.id, row]));
}

/** The auxiliary files of a meeting, in the source's order. */
export function meetingAuxiliaryFiles(db: Executor, meetingId: string): Promise<FileRef[]> {
  return db
    .select(COLUMNS)
    .from(councilMeetingFiles)
    .innerJoin(councilFiles, eq(councilFiles.id, councilMeetingFiles.fileId))
    .where(and(eq(councilMeetingFiles.meetingId, meetingId), eq(councilFiles.deleted, false)))
    .orderBy(asc(councilMeetingFiles.position), asc(councilFiles.id));
}

/** The auxiliary files of a paper, in the source's order. */
export function paperAuxiliaryFiles(db: Executor, paperId: string): Promise<FileRef[]> {
  return db
    .select(COLUMNS)
    .from(councilPaperFiles)
    .innerJoin(councilFiles, eq(councilFiles.id, councilPaperFiles.fileId))
    .where(and(eq(councilPaperFiles.paperId, paperId), eq(councilFiles.deleted, false)))
    .orderBy(asc(councilPaperFiles.position), asc(councilFiles.id));
}

/** The auxiliary files of agenda items, by item id. */
export async function agendaItemFiles(db: Executor, itemIds: readonly string[]): Promise<Map<string, FileRef[]>> {
  if (itemIds.length === 0) return new Map();
  const rows = await db
    .select({ itemId: councilAgendaItemFiles.agendaItemId, ...COLUMNS })
    .from(councilAgendaItemFiles)
    .innerJoin(councilFiles, eq(councilFiles.id, councilAgendaItemFiles.fileId))
    .where(and(inArray(councilAgendaItemFiles.agendaItemId, [...itemIds]), eq(councilFiles.deleted, false)))
    .orderBy(asc(councilAgendaItemFiles.position), asc(councilFiles.id));
  const map = new Map<string, FileRef[]>();
  for (const { itemId, ...file } of rows) map.set(itemId, [...(map.get(itemId) ?? []), file]);
  return map;
}
