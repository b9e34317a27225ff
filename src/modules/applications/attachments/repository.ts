import { and, asc, eq, sql } from 'drizzle-orm';
import { preparedPerDatabase, type Executor } from '../../../kernel/db';
import { UUID } from '../paths';
import { applicationFiles, type FileKind } from '../tables';

export type FileRow = typeof applicationFiles.$inferSelect;
export type NewFileRow = typeof applicationFiles.$inferInsert;

// Every page with a file field, both detail pages and "Meine Daten" read them: prepared once per database.
const filesOf = preparedPerDatabase((db) =>
  db
    .select()
    .from(applicationFiles)
    .where(sql`${applicationFiles.applicationId} = any(${sql.placeholder('applicationIds')})`)
    .orderBy(asc(applicationFiles.createdAt), asc(applicationFiles.id))
    .prepare('application_files'),
);

/** The files of the applications, oldest first (the order they were given). */
export async function listFilesOf(db: Executor, applicationIds: readonly string[]): Promise<FileRow[]> {
  if (applicationIds.length === 0) return [];
  return filesOf(db).execute({ applicationIds });
}

/** All files of an application, oldest first. */
export function listApplicationFiles(db: Executor, applicationId: string): Promise<FileRow[]> {
  return listFilesOf(db, [applicationId]);
}

/** One file, only if it belongs to this application (null for malformed ids). */
export async function findApplicationFile(db: Executor, applicationId: string, fileId: string): Promise<FileRow | null> {
  if (!UUID.test(fileId)) return null;
  const [row] = await db
    .select()
    .from(applicationFiles)
    .where(and(eq(applicationFiles.id, fileId), eq(applicationFiles.applicationId, applicationId)));
  return row ?? null;
}

export async function countFieldFiles(db: Executor, applicationId: string, fieldId: string): Promise<number> {
  const rows = await db
    .select({ id: applicationFiles.id })
    .from(applicationFiles)
    .where(and(eq(applicationFiles.applicationId, applicationId), eq(applicationFiles.kind, 'answer'), eq(applicationFiles.fieldId, fieldId)));
  return rows.length;
}

export async function insertFile(db: Executor, row: NewFileRow & { id: string; kind: FileKind }): Promise<FileRow> {
  const [inserted] = await db.insert(applicationFiles).values(row).returning();
  return inserted!;
}

/** Deletes an answer file of this application; returns the deleted row, or null if there was none. */
export async function deleteAnswerFileRow(db: Executor, applicationId: string, fileId: string): Promise<FileRow | null> {
  if (!UUID.test(fileId)) return null;
  const [row] = await db
    .delete(applicationFiles)
    .where(and(eq(applicationFiles.id, fileId), eq(applicationFiles.applicationId, applicationId), eq(applicationFiles.kind, 'answer')))
    .returning();
  return row ?? null;
}

export function deleteAllFileRows(db: Executor, applicationId: string): Promise<FileRow[]> {
  return db.delete(applicationFiles).where(eq(applicationFiles.applicationId, applicationId)).returning();
}
