import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import type { UploadedFile } from '../../../../kernel/files';
import type { ModuleDeps } from '../../../../kernel/module';
import { notifyApplicant } from '../../account/notifications';
import { storeMessageFiles } from '../../attachments';
import { insertMessage } from '../repository';
import { loadForStaff } from './load-for-staff';

export interface StaffMessage {
  id: string;
  subject: string;
  body: string;
  /** Already checked with `checkMessageUploads` by the route (problems are shown at the field). */
  files: readonly UploadedFile[];
  ip: string;
}

/**
 * A message from the department into the applicant's Postfach, with optional attachments, in one
 * transaction with the e-mail notice (which never contains the text) and the audit entry.
 */
export async function sendMessage(actor: Actor, input: StaffMessage, deps: ModuleDeps): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const { actor: staff, application } = await loadForStaff(tx, actor, input.id);
    const message = await insertMessage(tx, { applicationId: application.id, senderId: staff.id, subject: input.subject, body: input.body });
    const stored = await storeMessageFiles(deps, tx, { application, messageId: message.id, files: input.files, uploadedBy: staff.id });
    await notifyApplicant(tx, deps.config, application, { kind: 'message', subject: input.subject });
    await audit(tx, staff, {
      action: 'applications.message_sent',
      objectType: 'application',
      objectId: application.id,
      details: { reference: application.reference, message: message.id, attachments: stored.length },
      ip: input.ip,
    });
  });
}
