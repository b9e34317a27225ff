import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../../kernel/db';
import { councilFiles, councilMeetingFiles, councilMeetings, councilPaperFiles, councilPapers } from '../../tables';
import type { DocumentOwner } from './schemas';

export interface DocumentRow {
  id: string;
  name: string | null;
  fileName: string | null;
  size: number | null;
  public: boolean;
  role: string;
}

/** The documents of a meeting or paper not deleted: the single-file columns first, then the auxiliary files in order. */
export async function documentsOf(db: Executor, owner: DocumentOwner, ownerId: string): Promise<DocumentRow[]> {
  const roles = new Map<string, string>();
  if (owner === 'meeting') {
    const [meeting] = await db.select().from(councilMeetings).where(eq(councilMeetings.id, ownerId));
    if (meeting?.invitationFileId) roles.set(meeting.invitationFileId, 'invitation');
    if (meeting?.resultsProtocolFileId) roles.set(meeting.resultsProtocolFileId, 'resultsProtocol');
    if (meeting?.verbatimProtocolFileId) roles.set(meeting.verbatimProtocolFileId, 'verbatimProtocol');
    const auxiliary = await db.select().from(councilMeetingFiles).where(eq(councilMeetingFiles.meetingId, ownerId)).orderBy(councilMeetingFiles.position);
    for (const row of auxiliary) roles.set(row.fileId, 'auxiliary');
  } else {
    const [paper] = await db.select().from(councilPapers).where(eq(councilPapers.id, ownerId));
    if (paper?.mainFileId) roles.set(paper.mainFileId, 'main');
    const auxiliary = await db.select().from(councilPaperFiles).where(eq(councilPaperFiles.paperId, ownerId)).orderBy(councilPaperFiles.position);
    for (const row of auxiliary) roles.set(row.fileId, 'auxiliary');
  }
  if (roles.size === 0) return [];
  const files = await db
    .select({ id: councilFiles.id, name: councilFiles.name, fileName: councilFiles.fileName, size: councilFiles.size, public: councilFiles.public })
    .from(councilFiles)
    .where(and(inArray(councilFiles.id, [...roles.keys()]), eq(councilFiles.deleted, false)));
  const order = [...roles.keys()];
  return files.map((file) => ({ ...file, role: roles.get(file.id)! })).sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

/**
 * Hangs the stored file on its meeting or paper. A new invitation, protocol or main file replaces
 * the former one, which is soft-deleted (the API then reports it deleted); auxiliary files are added
 * at the end. The owner's `modified` moves (OParl embeds the files).
 */
export async function attachDocument(db: Executor, owner: DocumentOwner, ownerId: string, role: string, fileId: string, now: Date): Promise<void> {
  const single = {
    invitation: 'invitationFileId',
    resultsProtocol: 'resultsProtocolFileId',
    verbatimProtocol: 'verbatimProtocolFileId',
    main: 'mainFileId',
  } as const;
  const column = role in single ? single[role as keyof typeof single] : undefined;
  if (owner === 'meeting') {
    if (column && column !== 'mainFileId') {
      const [before] = await db.select({ old: councilMeetings[column] }).from(councilMeetings).where(eq(councilMeetings.id, ownerId));
      if (before?.old) await db.update(councilFiles).set({ deleted: true, modified: now }).where(eq(councilFiles.id, before.old));
      await db
        .update(councilMeetings)
        .set({ [column]: fileId, modified: now })
        .where(eq(councilMeetings.id, ownerId));
    } else {
      const position = sql<number>`(select coalesce(max(position), 0) + 1 from council_meeting_files where meeting_id = ${ownerId})`;
      await db.insert(councilMeetingFiles).values({ meetingId: ownerId, fileId, position });
      await db.update(councilMeetings).set({ modified: now }).where(eq(councilMeetings.id, ownerId));
    }
    return;
  }
  if (column === 'mainFileId') {
    const [before] = await db.select({ old: councilPapers.mainFileId }).from(councilPapers).where(eq(councilPapers.id, ownerId));
    if (before?.old) await db.update(councilFiles).set({ deleted: true, modified: now }).where(eq(councilFiles.id, before.old));
    await db.update(councilPapers).set({ mainFileId: fileId, modified: now }).where(eq(councilPapers.id, ownerId));
  } else {
    const position = sql<number>`(select coalesce(max(position), 0) + 1 from council_paper_files where paper_id = ${ownerId})`;
    await db.insert(councilPaperFiles).values({ paperId: ownerId, fileId, position });
    await db.update(councilPapers).set({ modified: now }).where(eq(councilPapers.id, ownerId));
  }
}
