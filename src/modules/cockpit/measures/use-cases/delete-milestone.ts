import { eq } from 'drizzle-orm';
import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { cockpitMilestones } from '../../tables';
import { recordChange } from '../history';
import { germanDay } from '../values';
import { milestoneToEdit } from './save-milestone';

/** Removes a milestone; the history keeps what it was. */
export async function deleteMilestone(actor: Actor, id: string, milestoneId: string, deps: Pick<ModuleDeps, 'db'> & { ip?: string }): Promise<void> {
  const { measure, milestone } = await milestoneToEdit(actor, id, milestoneId, deps);
  await deps.db.transaction(async (tx) => {
    await tx.delete(cockpitMilestones).where(eq(cockpitMilestones.id, milestone.id));
    await recordChange(tx, actor, measure.id, `Meilenstein „${milestone.title}“ entfernt`, [
      { field: 'Meilenstein', before: `${milestone.title} (${germanDay(milestone.dueOn)})`, after: '' },
    ]);
    await audit(tx, actor, {
      action: 'cockpit.milestone_deleted',
      objectType: 'cockpit_measure',
      objectId: measure.id,
      details: { milestone: milestone.id },
      ip: deps.ip,
    });
  });
}
