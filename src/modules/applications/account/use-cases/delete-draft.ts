import { audit } from '../../../../kernel/audit';
import type { CurrentUser } from '../../../../kernel/auth';
import type { Database } from '../../../../kernel/db';
import type { FileStore } from '../../../../kernel/files';
import { loadOwnApplication } from '../access';
import { listApplicationFiles } from '../../attachments';
import { deleteDraftRow } from '../repository';

/**
 * Deletes one of the actor's drafts with its answers and uploads. Rows go in one transaction;
 * the bytes are deleted after the commit, so a rollback never leaves rows without their files.
 * Returns false when the application is no longer a draft (it was submitted meanwhile).
 */
export async function deleteDraft(deps: { db: Database; files: FileStore }, actor: CurrentUser, input: { id: string; ip: string }): Promise<boolean> {
  const storageKeys = await deps.db.transaction(async (tx) => {
    const draft = await loadOwnApplication(tx, actor, input.id, { forUpdate: true });
    if (draft.status !== 'draft') return null;
    const files = await listApplicationFiles(tx, draft.id);
    await deleteDraftRow(tx, draft.id);
    await audit(tx, actor, {
      action: 'applications.draft_deleted',
      objectType: 'application',
      objectId: draft.id,
      details: { service: draft.serviceSlug },
      ip: input.ip,
    });
    return files.map((file) => file.storageKey);
  });
  if (!storageKeys) return false;
  for (const key of storageKeys) await deps.files.delete(key);
  return true;
}
