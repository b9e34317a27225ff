import { eq, sql } from 'drizzle-orm';
import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import { refuse, type Outcome } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { applicationEvents, applications } from '../../tables';
import { listColleagues } from '../repository';
import { loadForStaff } from './load-for-staff';

/**
 * Assigns the application to the acting person or a colleague who may process the department's
 * applications. Assignments are internal: the event is not shown to the citizen. `changed` is
 * false when the person was already assigned; someone who may not process it is refused at the field.
 */
export async function assignApplication(
  actor: Actor,
  input: { id: string; assigneeId: string; ip: string },
  deps: Pick<ModuleDeps, 'db'>,
): Promise<Outcome<{ changed: boolean }>> {
  return deps.db.transaction(async (tx) => {
    const { actor: staff, application } = await loadForStaff(tx, actor, input.id, { forUpdate: true });
    const colleagues = await listColleagues(tx, [application.departmentId]);
    const assignee =
      input.assigneeId === staff.id ? { id: staff.id, displayName: staff.displayName } : colleagues.find((colleague) => colleague.id === input.assigneeId);
    if (!assignee) return refuse({ assignee: 'Wählen Sie eine Person aus dem Fachbereich aus, die Anträge bearbeiten darf.' });
    if (application.assigneeId === assignee.id) return { ok: true as const, changed: false };
    await tx
      .update(applications)
      .set({ assigneeId: assignee.id, updatedAt: sql`now()` })
      .where(eq(applications.id, application.id));
    await tx.insert(applicationEvents).values({
      applicationId: application.id,
      kind: 'assignment',
      actorId: staff.id,
      text: `Zugewiesen an ${assignee.displayName}`,
      visibleToApplicant: false,
    });
    await audit(tx, staff, {
      action: 'applications.assigned',
      objectType: 'application',
      objectId: application.id,
      details: { reference: application.reference, from: application.assigneeId, to: assignee.id },
      ip: input.ip,
    });
    return { ok: true as const, changed: true };
  });
}
