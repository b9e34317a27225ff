import { and, eq, inArray, or } from 'drizzle-orm';
import type { Executor } from '../../../../kernel/db/types';
import { councilAgendaItemFiles, councilAgendaItems, councilFiles, councilMeetingFiles, councilMeetings, councilPaperFiles, councilPapers } from '../../tables';

export async function findFile(db: Executor, id: string) {
  const [row] = await db
    .select({
      id: councilFiles.id,
      deleted: councilFiles.deleted,
      public: councilFiles.public,
      name: councilFiles.name,
      fileName: councilFiles.fileName,
      mimeType: councilFiles.mimeType,
      size: councilFiles.size,
      storageKey: councilFiles.storageKey,
      sourceAccessUrl: councilFiles.sourceAccessUrl,
    })
    .from(councilFiles)
    .where(eq(councilFiles.id, id));
  return row;
}
export type FileRecord = NonNullable<Awaited<ReturnType<typeof findFile>>>;

/** An object that holds a file: a meeting's Gremien decide for the meeting and its agenda items, a paper's for the paper. */
export type FileHolder =
  { kind: 'meeting'; id: string; public: true } | { kind: 'agendaItem'; meetingId: string; public: boolean } | { kind: 'paper'; id: string; public: boolean };

/** Every live meeting, agenda item and paper that holds the file (single-file columns and auxiliary lists). */
export async function fileHolders(db: Executor, fileId: string): Promise<FileHolder[]> {
  const [meetings, items, papers] = await Promise.all([
    db
      .select({ id: councilMeetings.id })
      .from(councilMeetings)
      .where(
        and(
          eq(councilMeetings.deleted, false),
          or(
            eq(councilMeetings.invitationFileId, fileId),
            eq(councilMeetings.resultsProtocolFileId, fileId),
            eq(councilMeetings.verbatimProtocolFileId, fileId),
            inArray(
              councilMeetings.id,
              db.select({ id: councilMeetingFiles.meetingId }).from(councilMeetingFiles).where(eq(councilMeetingFiles.fileId, fileId)),
            ),
          ),
        ),
      ),
    db
      .select({ meetingId: councilAgendaItems.meetingId, public: councilAgendaItems.public })
      .from(councilAgendaItems)
      .where(
        and(
          eq(councilAgendaItems.deleted, false),
          or(
            eq(councilAgendaItems.resolutionFileId, fileId),
            inArray(
              councilAgendaItems.id,
              db.select({ id: councilAgendaItemFiles.agendaItemId }).from(councilAgendaItemFiles).where(eq(councilAgendaItemFiles.fileId, fileId)),
            ),
          ),
        ),
      ),
    db
      .select({ id: councilPapers.id, public: councilPapers.public })
      .from(councilPapers)
      .where(
        and(
          eq(councilPapers.deleted, false),
          or(
            eq(councilPapers.mainFileId, fileId),
            inArray(councilPapers.id, db.select({ id: councilPaperFiles.paperId }).from(councilPaperFiles).where(eq(councilPaperFiles.fileId, fileId))),
          ),
        ),
      ),
  ]);
  return [
    ...meetings.map((row) => ({ kind: 'meeting' as const, id: row.id, public: true as const })),
    ...items.map((row) => ({ kind: 'agendaItem' as const, meetingId: row.meetingId, public: row.public })),
    ...papers.map((row) => ({ kind: 'paper' as const, id: row.id, public: row.public })),
  ];
}
