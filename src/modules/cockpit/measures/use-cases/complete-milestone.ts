import { and, eq, isNull } from 'drizzle-orm';
import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { berlinDay } from '../../../../kernel/time';
import { cockpitMilestones } from '../../tables';
import { recordChange } from '../history';
import { germanDay } from '../values';
import { milestoneToEdit } from './save-milestone';

/** Marks a milestone reached today (Berlin). One already reached stays as it is: a second click changes nothing. */
export async function completeMilestone(
  actor: Actor,
  id: string,
  milestoneId: string,
  deps: Pick<ModuleDeps, 'db'> & { ip?: string; now?: Date },
): Promise<void> {
  const { measure, milestone } = await milestoneToEdit(actor, id, milestoneId, deps);
  const today = berlinDay(deps.now ?? new Date());
  await deps.db.transaction(async (tx) => {
    const [done] = await tx
      .update(cockpitMilestones)
      .set({ doneOn: today })
      .where(and(eq(cockpitMilestones.id, milestone.id), isNull(cockpitMilestones.doneOn)))
      .returning({ id: cockpitMilestones.id });
    if (!done) return;
    await recordChange(tx, actor, measure.id, `Meilenstein „${milestone.title}“ erreicht`, [{ field: 'Erreicht', before: 'offen', after: germanDay(today) }]);
    await audit(tx, actor, {
      action: 'cockpit.milestone_done',
      objectType: 'cockpit_measure',
      objectId: measure.id,
      details: { milestone: milestone.id },
      ip: deps.ip,
    });
  });
}
