import { and, asc, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import { jsonList, preparedPerDatabase, type Executor } from '../../../kernel/db';
import { applicationFiles, type FileKind } from '../tables';
import { isUuid } from '../../../kernel/http';

export type FileRow = typeof applicationFiles.$inferSelect;
export type NewFileRow = typeof applicationFiles.$inferInsert;

// Every page with a file field reads them: prepared once per database.
const filesOf = preparedPerDatabase((db) =>
  db
    .select()
    .from(applicationFiles)
    .where(sql`${applicationFiles.applicationId} = any(${sql.placeholder('applicationIds')})`)
    .orderBy(asc(applicationFiles.createdAt), asc(applicationFiles.id))
    .prepare('application_files'),
);

/** All files of an application, oldest first (the order they were given). */
export function listApplicationFiles(db: Executor, applicationId: string): Promise<FileRow[]> {
  return filesOf(db).execute({ applicationIds: [applicationId] });
}

/** The files of the applications `applicationIds` (an SQL array) in the same order, as one value of a select (kernel/db/json-list.ts). */
export function filesList(applicationIds: SQL): SQL<FileRow[]> {
  return jsonList<FileRow>(
    getTableColumns(applicationFiles),
    sql`from ${applicationFiles} where ${applicationFiles.applicationId} = any(${applicationIds})`,
    sql`${applicationFiles.createdAt}, ${applicationFiles.id}`,
  );
}

/** One file, only if it belongs to this application (null for malformed ids). */
export async function findApplicationFile(db: Executor, applicationId: string, fileId: string): Promise<FileRow | null> {
  if (!isUuid(fileId)) return null;
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
  if (!isUuid(fileId)) return null;
  const [row] = await db
    .delete(applicationFiles)
    .where(and(eq(applicationFiles.id, fileId), eq(applicationFiles.applicationId, applicationId), eq(applicationFiles.kind, 'answer')))
    .returning();
  return row ?? null;
}

export function deleteAllFileRows(db: Executor, applicationId: string): Promise<FileRow[]> {
  return db.delete(applicationFiles).where(eq(applicationFiles.applicationId, applicationId)).returning();
}
