import { audit, type NamedActor } from '../../../kernel/audit';
import type { ModuleDeps } from '../../../kernel/module';
import { councilSources } from '../tables';
import { SourceError } from './http-get';
import { httpUrlOf } from './normalize';
import { findSourceByUrl } from './run-repository';
import { runSourceImport, type ImportOptions, type ImportReport } from './run-import';

/**
 * `oparl:import URL` and any test or benchmark: imports the OParl System (or Body) at this URL. A URL
 * that is no source yet becomes one, switched off for the schedule (objects belong to a source, so the
 * next import of the same URL updates the same rows); a known one is imported as the schedule would.
 */
export async function importOparl(
  url: string,
  deps: Pick<ModuleDeps, 'db' | 'files'>,
  options: ImportOptions & { actor?: NamedActor } = {},
): Promise<ImportReport & { sourceName: string; created: boolean }> {
  const address = httpUrlOf(url);
  if (!address) throw new SourceError(`„${url.slice(0, 200)}“ ist keine http(s)-Adresse.`, false);
  let source = await findSourceByUrl(deps.db, address);
  // Two imports of a new URL at once: the second finds the first's source (the URL is unique).
  const added = source
    ? undefined
    : await deps.db.transaction(async (tx) => {
        const [row] = await tx
          .insert(councilSources)
          .values({ name: `Import von Hand: ${address.slice(-120)}`, url: address, enabled: false })
          .onConflictDoNothing({ target: councilSources.url })
          .returning();
        if (row && options.actor) {
          await audit(tx, options.actor, { action: 'council.source.created', objectType: 'council_source', objectId: row.id, details: { url: address } });
        }
        return row;
      });
  source ??= added ?? (await findSourceByUrl(deps.db, address))!;
  const report = await runSourceImport(source, deps, options);
  return { ...report, sourceName: source.name, created: added !== undefined };
}
