import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import { parseForm, type FieldErrors } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { takeFeedFromFile, takeFeedFromUrl, type TakenFeed } from '../import/take-feed';
import { storeFeed } from '../repository';
import { feedUrlSchema } from '../schemas';
import { requireCoordinator } from './access';

/** The town added, or the form again with the message at the field and the feed's problems listed. */
export type ImportOutcome = { ok: true; townName: string } | { ok: false; errors: FieldErrors; problems: string[] };

async function keep(
  actor: Actor,
  taken: TakenFeed,
  input: { field: 'url' | 'file'; sourceUrl: string | null; ip?: string },
  { db }: Pick<ModuleDeps, 'db'>,
): Promise<ImportOutcome> {
  if (!taken.ok) return { ok: false, errors: { [input.field]: taken.message }, problems: taken.problems };
  const { feed } = taken;
  const at = new Date();
  await db.transaction(async (tx) => {
    const id = await storeFeed(tx, feed, input.sourceUrl, at);
    await audit(tx, actor, {
      action: input.sourceUrl ? 'cockpit.partner_feed.imported' : 'cockpit.partner_feed.uploaded',
      objectType: 'cockpit_partner_feed',
      objectId: id,
      details: { town: feed.municipality.name, ags: feed.municipality.ags, url: input.sourceUrl, measures: feed.measures.length, figures: feed.figures.length },
      ip: input.ip,
    });
  });
  return { ok: true, townName: feed.municipality.name };
}

/** The coordinator adds another town by its feed's URL: read now (never inside a transaction), checked, kept. */
export async function importPartnerFeedFromUrl(
  actor: Actor,
  input: { body: unknown; ip?: string },
  deps: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<ImportOutcome> {
  requireCoordinator(actor);
  const parsed = parseForm(feedUrlSchema, input.body);
  if (!parsed.ok) return { ok: false, errors: parsed.errors, problems: [] };
  const taken = await takeFeedFromUrl(parsed.data.url, deps.config);
  return keep(actor, taken, { field: 'url', sourceUrl: parsed.data.url, ip: input.ip }, deps);
}

/** The coordinator uploads a town's feed file (a town without a URL); the route's upload limit bounds its size. */
export async function importPartnerFeedFromFile(
  actor: Actor,
  input: { bytes?: Buffer; rejection?: string; ip?: string },
  deps: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<ImportOutcome> {
  requireCoordinator(actor);
  if (input.rejection) return { ok: false, errors: { file: input.rejection }, problems: [] };
  if (!input.bytes) return { ok: false, errors: { file: 'Wählen Sie die Feed-Datei (feed.json) aus.' }, problems: [] };
  return keep(actor, takeFeedFromFile(input.bytes, deps.config), { field: 'file', sourceUrl: null, ip: input.ip }, deps);
}
