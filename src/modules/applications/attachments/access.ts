import type { Readable } from 'node:stream';
import type { Actor } from '../../../kernel/auth';
import type { Executor } from '../../../kernel/db';
import { errors, AppError } from '../../../kernel/http';
import type { FileStore } from '../../../kernel/files';
import { isApplicant, mayProcessApplication } from '../policies';
import { findApplication, type ApplicationRow } from '../repository';
import { findApplicationFile, type FileRow } from './repository';

export interface FileAccess {
  applicationId: string;
  fileId: string;
  /** Applications this browser proved guest access to (resume link). */
  guestIds?: readonly string[];
  /** applicant: the owner or guest; staff: the processing department; api: a token of the department. */
  as: 'applicant' | 'staff' | 'api';
  /** as api: the department of the API token. */
  apiDepartmentId?: string;
}

function mayRead(actor: Actor, application: ApplicationRow, access: FileAccess): boolean {
  switch (access.as) {
    case 'applicant':
      return isApplicant(actor, application, access.guestIds);
    case 'staff':
      // Drafts belong to the citizen alone until they are submitted.
      return application.status !== 'draft' && mayProcessApplication(actor, application);
    case 'api':
      return application.status !== 'draft' && access.apiDepartmentId !== undefined && application.departmentId === access.apiDepartmentId;
  }
}

/**
 * A file of an application with its bytes as a stream from the store, only for someone who may
 * see the application; missing and forbidden answer alike (404), so file ids cannot be probed.
 * The caller sends the stream (or destroys it).
 */
export async function readAuthorizedFile(
  deps: { db: Executor; files: FileStore },
  actor: Actor,
  access: FileAccess,
): Promise<{ row: FileRow; body: Readable }> {
  const application = await findApplication(deps.db, access.applicationId);
  if (!application || !mayRead(actor, application, access)) throw errors.notFoundOrForbidden('Die Datei');
  const row = await findApplicationFile(deps.db, application.id, access.fileId);
  if (!row) throw errors.notFoundOrForbidden('Die Datei');
  const body = await deps.files.get(row.storageKey);
  if (!body) {
    throw new AppError('file_missing', { status: 404, userMessage: 'Die Datei wurde nicht gefunden.' }, `blob ${row.storageKey} of file ${row.id} is missing`);
  }
  return { row, body };
}
