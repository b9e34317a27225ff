import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import { parseForm, refuse, type Outcome } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { isHttpLocation } from '../../import/read-feed';
import { findSourceByUrl, insertSource } from '../../import/repository';
import { updateSource } from '../repository';
import { sourceSchema } from '../schemas';
import { authorizedSource, requireWlanStaff } from './access';

/**
 * Staff add a community's feed or change one. Staff enter only http(s) addresses: a file feed (from
 * the command line or the demo pack) keeps its location, so nobody reads the server's files through the form.
 */
export async function saveFeedSource(
  actor: Actor,
  input: { id?: string; body: unknown; ip?: string },
  { db }: Pick<ModuleDeps, 'db'>,
): Promise<Outcome<{ id: string }>> {
  const existing = input.id ? (await authorizedSource(actor, input.id, db)).source : undefined;
  requireWlanStaff(actor);
  const fileFeed = existing !== undefined && !isHttpLocation(existing.url);
  const body = fileFeed ? { ...(input.body as object), url: 'https://datei.invalid/' } : input.body;
  const parsed = parseForm(sourceSchema, body);
  if (!parsed.ok) return refuse(parsed.errors);
  const fields = { ...parsed.data, url: fileFeed ? existing.url : parsed.data.url };
  return db.transaction(async (tx) => {
    const same = await findSourceByUrl(tx, fields.url);
    if (same && same.id !== existing?.id) return refuse({ url: `Diesen Feed gibt es schon als Quelle „${same.name}“.` });
    let id = existing?.id;
    if (existing) await updateSource(tx, existing.id, fields);
    else id = (await insertSource(tx, fields)).id;
    await audit(tx, actor, {
      action: existing ? 'wlan.source.updated' : 'wlan.source.created',
      objectType: 'wlan_feed_source',
      objectId: id!,
      details: { name: fields.name, url: fields.url, enabled: fields.enabled, intervalMinutes: fields.intervalMinutes },
      ip: input.ip,
    });
    return { ok: true as const, id: id! };
  });
}
