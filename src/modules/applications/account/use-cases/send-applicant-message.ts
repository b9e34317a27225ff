import type { Config } from '../../../../kernel/config';
import type { Database } from '../../../../kernel/db';
import type { FileStore, UploadedFile } from '../../../../kernel/files';
import { errors, type FieldErrors } from '../../../../kernel/http';
import { checkMessageUploads, storeMessageFiles } from '../../attachments';
import { loadViewedApplication, viewerId, type Viewer } from '../access';
import { notifyDepartment } from '../department-mails';
import { insertApplicantMessage, touchApplication } from '../repository';
import type { MessageInput } from '../schemas';

export interface MessageDeps {
  db: Database;
  config: Config;
  files: FileStore;
}

/**
 * The applicant writes to the department: the message and its attachments are stored in one
 * transaction and the department's mailbox is told. The status stays as it is, also after a
 * Rückfrage: staff decide when to continue. Drafts have no Postfach (404 like a missing one).
 */
export async function sendApplicantMessage(
  deps: MessageDeps,
  viewer: Viewer,
  input: { id: string; message: MessageInput; files: readonly UploadedFile[] },
): Promise<{ ok: true } | { ok: false; errors: FieldErrors }> {
  const problems = checkMessageUploads(deps.config, input.files);
  if (problems.length > 0) return { ok: false, errors: { attachments: problems.join(' ') } };
  await deps.db.transaction(async (tx) => {
    const application = await loadViewedApplication(tx, viewer, input.id, { forUpdate: true });
    if (application.status === 'draft') throw errors.notFoundOrForbidden('Der Antrag');
    const message = await insertApplicantMessage(tx, { applicationId: application.id, senderId: viewerId(viewer), ...input.message });
    await storeMessageFiles(deps, tx, { application, messageId: message.id, files: input.files, uploadedBy: viewerId(viewer) });
    await touchApplication(tx, application.id);
    await notifyDepartment(tx, deps.config, application, 'message');
  });
  return { ok: true };
}
