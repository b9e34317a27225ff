import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import { parseForm, refuse, type Outcome } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { findSourceByUrl } from '../../import/run-repository';
import { authorizedSource, requireCouncilStaff } from '../access';
import { insertSource, updateSource } from '../repository';
import { sourceSchema } from '../schemas';

/** Staff add an OParl source or change one (name, address, schedule). */
export async function saveImportSource(
  actor: Actor,
  input: { id?: string; body: unknown; ip?: string },
  { db }: Pick<ModuleDeps, 'db'>,
): Promise<Outcome<{ id: string }>> {
  const existing = input.id ? await authorizedSource(actor, input.id, db) : undefined;
  requireCouncilStaff(actor);
  const parsed = parseForm(sourceSchema, input.body);
  if (!parsed.ok) return refuse(parsed.errors);
  const fields = parsed.data;
  return db.transaction(async (tx) => {
    const same = await findSourceByUrl(tx, fields.url);
    if (same && same.id !== existing?.id) return refuse({ url: `Diese Adresse gibt es schon als Quelle „${same.name}“.` });
    const id = existing ? existing.id : await insertSource(tx, fields);
    if (existing) await updateSource(tx, id, fields);
    await audit(tx, actor, {
      action: existing ? 'council.source.updated' : 'council.source.created',
      objectType: 'council_source',
      objectId: id,
      details: { name: fields.name, url: fields.url, enabled: fields.enabled, intervalMinutes: fields.intervalMinutes },
      ip: input.ip,
    });
    return { ok: true as const, id };
  });
}
