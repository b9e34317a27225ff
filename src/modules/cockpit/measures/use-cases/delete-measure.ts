import { eq } from 'drizzle-orm';
import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { cockpitMeasures, type Measure } from '../../tables';
import { measureForStaff, requireCoordinator } from '../access';

/** The measure the confirmation page names (coordinator only). */
export async function measureToDelete(actor: Actor, id: string, deps: Pick<ModuleDeps, 'db'>): Promise<Measure> {
  requireCoordinator(actor);
  return (await measureForStaff(actor, id, deps.db)).measure;
}

/**
 * Deletes a measure with its milestones, risks, links and history (coordinator only, after the
 * confirmation page). The audit log keeps that it existed: its title and address.
 */
export async function deleteMeasure(actor: Actor, id: string, deps: Pick<ModuleDeps, 'db'> & { ip?: string }): Promise<void> {
  const measure = await measureToDelete(actor, id, deps);
  await deps.db.transaction(async (tx) => {
    await tx.delete(cockpitMeasures).where(eq(cockpitMeasures.id, measure.id));
    await audit(tx, actor, {
      action: 'cockpit.measure_deleted',
      objectType: 'cockpit_measure',
      objectId: measure.id,
      details: { slug: measure.slug, title: measure.title },
      ip: deps.ip,
    });
  });
}
