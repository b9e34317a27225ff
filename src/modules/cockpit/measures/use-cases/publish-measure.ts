import { eq, sql } from 'drizzle-orm';
import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { cockpitMeasures } from '../../tables';
import { measureForStaff, requireCoordinator } from '../access';
import { insertChange } from '../history';

/**
 * Shows a measure on `/digitalisierung` and in the exchange feed, or takes it back (coordinator only).
 * Publishing what is already published changes nothing and writes no history.
 */
export async function setMeasurePublished(
  actor: Actor,
  id: string,
  published: boolean,
  deps: Pick<ModuleDeps, 'db'> & { ip?: string },
): Promise<{ changed: boolean }> {
  requireCoordinator(actor);
  const { measure } = await measureForStaff(actor, id, deps.db);
  if (measure.published === published) return { changed: false };
  return deps.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(cockpitMeasures)
      .set({ published, version: sql`${cockpitMeasures.version} + 1`, updatedAt: sql`now()` })
      .where(eq(cockpitMeasures.id, id))
      .returning({ id: cockpitMeasures.id });
    if (!updated) return { changed: false };
    const field = { field: 'Veröffentlicht', before: published ? 'nein' : 'ja', after: published ? 'ja' : 'nein' };
    await insertChange(tx, actor, id, published ? 'Veröffentlicht' : 'Nicht mehr veröffentlicht', [field]);
    if (published) await audit(tx, actor, { action: 'cockpit.measure_published', objectType: 'cockpit_measure', objectId: id, ip: deps.ip });
    else await audit(tx, actor, { action: 'cockpit.measure_unpublished', objectType: 'cockpit_measure', objectId: id, ip: deps.ip });
    return { changed: true };
  });
}
