import { resolve } from 'node:path';
import { audit, type NamedActor } from '../../../../kernel/audit';
import type { ModuleDeps } from '../../../../kernel/module';
import { isHttpLocation } from '../read-feed';
import { findSourceByUrl, insertSource } from '../repository';
import { runImport, type ImportOptions, type ImportReport } from '../run-import';

/**
 * `wlan:import URL|FILE`: imports a feed by hand. A location that is no feed source yet becomes one,
 * switched off for the schedule (hotspots belong to a source, so the next import updates the same
 * rows); a known one is imported as the schedule would.
 */
export async function importLocation(
  actor: NamedActor,
  input: { location: string },
  deps: Pick<ModuleDeps, 'db' | 'config'>,
  options: ImportOptions = {},
): Promise<ImportReport & { sourceName: string; created: boolean }> {
  const location = isHttpLocation(input.location) ? input.location : resolve(input.location);
  let source = await findSourceByUrl(deps.db, location);
  const created = source === undefined;
  source ??= await deps.db.transaction(async (tx) => {
    const added = await insertSource(tx, { name: `Import von Hand: ${location.slice(-120)}`, url: location, enabled: false });
    await audit(tx, actor, { action: 'wlan.source.created', objectType: 'wlan_feed_source', objectId: added.id, details: { url: location } });
    return added;
  });
  const report = await runImport(source, deps, options);
  return { ...report, sourceName: source.name, created };
}
