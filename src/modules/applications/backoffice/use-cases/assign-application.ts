import { eq, sql } from 'drizzle-orm';
import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import type { Database } from '../../../../kernel/db';
import { AppError } from '../../../../kernel/http';
import { applicationEvents, applications } from '../../tables';
import { listColleagues } from '../repository';
import { loadForStaff } from './load-for-staff';

/**
 * Assigns the application to the acting person or a colleague who may process the department's
 * applications. Assignments are internal: the event is not shown to the citizen. Returns false
 * when the person was already assigned.
 */
export async function assignApplication(db: Database, actor: Actor, input: { id: string; assigneeId: string; ip: string }): Promise<boolean> {
  return db.transaction(async (tx) => {
    const { actor: staff, application } = await loadForStaff(tx, actor, input.id, { forUpdate: true });
    const colleagues = await listColleagues(tx, [application.departmentId]);
    const assignee = input.assigneeId === staff.id ? { id: staff.id, displayName: staff.displayName } : colleagues.find((colleague) => colleague.id === input.assigneeId);
    if (!assignee) {
      throw new AppError('assignee_invalid', {
        status: 400,
        userMessage: 'Diese Person kann den Antrag nicht bearbeiten.',
        fields: { assignee: 'Wählen Sie eine Person aus dem Fachbereich aus, die Anträge bearbeiten darf.' },
      });
    }
    if (application.assigneeId === assignee.id) return false;
    await tx.update(applications).set({ assigneeId: assignee.id, updatedAt: sql`now()` }).where(eq(applications.id, application.id));
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
    return true;
  });
}
