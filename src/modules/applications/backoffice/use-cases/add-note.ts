import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { applicationEvents } from '../../tables';
import { loadForStaff } from './load-for-staff';

/** An internal note: for colleagues only, never shown to or sent to the citizen. */
export async function addNote(actor: Actor, input: { id: string; note: string; ip: string }, deps: Pick<ModuleDeps, 'db'>): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const { actor: staff, application } = await loadForStaff(tx, actor, input.id);
    await tx.insert(applicationEvents).values({ applicationId: application.id, kind: 'note', actorId: staff.id, text: input.note, visibleToApplicant: false });
    // The audit log records that a note was written, not its content (notes may hold personal data).
    await audit(tx, staff, {
      action: 'applications.note_added',
      objectType: 'application',
      objectId: application.id,
      details: { reference: application.reference },
      ip: input.ip,
    });
  });
}
