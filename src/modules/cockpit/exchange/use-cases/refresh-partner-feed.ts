import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import type { PartnerFeed } from '../../tables';
import { takeFeedFromUrl } from '../import/take-feed';
import { recordFailure, storeFeed } from '../repository';
import { authorizedPartnerFeed } from './access';

/**
 * Reads a town's feed again (the daily job, the button): a good one replaces the last, a failure is
 * recorded beside it and the last good feed stays. A feed that now names another town is a failure too.
 */
export async function refreshFeed(partner: PartnerFeed, deps: Pick<ModuleDeps, 'db' | 'config'>): Promise<{ ok: boolean; message?: string }> {
  if (!partner.sourceUrl) return { ok: false, message: 'Dieser Feed wurde als Datei hochgeladen; laden Sie die neue Datei hoch.' };
  const at = new Date();
  const taken = await takeFeedFromUrl(partner.sourceUrl, deps.config);
  if (taken.ok && taken.feed.municipality.ags !== partner.ags) {
    const message = `Der Feed gehört jetzt zu einer anderen Stadt (${taken.feed.municipality.ags} statt ${partner.ags}).`;
    await recordFailure(deps.db, partner.id, { message, problems: [] }, at);
    return { ok: false, message };
  }
  if (!taken.ok) {
    await recordFailure(deps.db, partner.id, { message: taken.message, problems: taken.problems }, at);
    return { ok: false, message: taken.message };
  }
  await storeFeed(deps.db, taken.feed, partner.sourceUrl, at);
  return { ok: true };
}

/** "Jetzt abrufen" on the comparison page. */
export async function refreshPartnerFeed(actor: Actor, input: { id: string; ip?: string }, deps: Pick<ModuleDeps, 'db' | 'config'>) {
  const { partner } = await authorizedPartnerFeed(actor, input.id, deps.db);
  const result = await refreshFeed(partner, deps);
  await audit(deps.db, actor, {
    action: 'cockpit.partner_feed.refreshed',
    objectType: 'cockpit_partner_feed',
    objectId: partner.id,
    details: { town: partner.townName, ok: result.ok, ...(result.message ? { error: result.message } : {}) },
    ip: input.ip,
  });
  return { townName: partner.townName, ...result };
}
