import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import type { Executor } from '../../../../kernel/db';
import type { ModuleDeps } from '../../../../kernel/module';
import type { PartnerFeed } from '../../tables';
import { takeFeedFromUrl } from '../import/take-feed';
import { recordFailure, storeFeed } from '../repository';
import { authorizedPartnerFeed } from './access';

type Refreshed = { ok: true } | { ok: false; message: string };

/**
 * Reads a town's feed again (the daily job, the button): a good one replaces the last, a failure is
 * recorded beside it and the last good feed stays. A feed that now names another town is a failure too.
 * The network is read first; the writes (and `alsoInside`, the caller's audit entry) share one transaction.
 */
export async function refreshFeed(
  partner: PartnerFeed,
  deps: Pick<ModuleDeps, 'db' | 'config'>,
  alsoInside?: (tx: Executor, result: Refreshed) => Promise<void>,
): Promise<Refreshed> {
  if (!partner.sourceUrl) return { ok: false, message: 'Dieser Feed wurde als Datei hochgeladen; laden Sie die neue Datei hoch.' };
  const at = new Date();
  const taken = await takeFeedFromUrl(partner.sourceUrl, deps.config);
  const otherTown = taken.ok && taken.feed.municipality.ags !== partner.ags;
  const result: Refreshed = !taken.ok
    ? { ok: false, message: taken.message }
    : otherTown
      ? { ok: false, message: `Der Feed gehört jetzt zu einer anderen Stadt (${taken.feed.municipality.ags} statt ${partner.ags}).` }
      : { ok: true };
  await deps.db.transaction(async (tx) => {
    if (taken.ok && result.ok) await storeFeed(tx, taken.feed, partner.sourceUrl, at);
    else if (!result.ok) await recordFailure(tx, partner.id, { message: result.message, problems: taken.ok ? [] : taken.problems }, at);
    await alsoInside?.(tx, result);
  });
  return result;
}

/** "Jetzt abrufen" on the comparison page. */
export async function refreshPartnerFeed(actor: Actor, input: { id: string; ip?: string }, deps: Pick<ModuleDeps, 'db' | 'config'>) {
  const { partner } = await authorizedPartnerFeed(actor, input.id, deps.db);
  const result = await refreshFeed(partner, deps, (tx, refreshed) =>
    audit(tx, actor, {
      action: 'cockpit.partner_feed.refreshed',
      objectType: 'cockpit_partner_feed',
      objectId: partner.id,
      details: { town: partner.townName, ok: refreshed.ok, ...(refreshed.ok ? {} : { error: refreshed.message }) },
      ip: input.ip,
    }),
  );
  return { townName: partner.townName, ...result };
}
