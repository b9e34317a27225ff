import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import { parseForm, refuse, type Outcome } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { mayManageHarvestSource } from '../policies';
import { findSourceByName, insertSource, updateSource } from '../repository';
import { harvestSourceSchema } from '../schemas';
import { authorizedSource, harvestAccess } from './authorized-source';

export interface SaveHarvestSourceInput {
  /** The source to edit; none to add one. */
  id?: string;
  body: unknown;
  ip?: string;
}

/**
 * An admin of an organisation adds a harvest source for it or edits one of its sources. A source
 * stays with its organisation: the datasets it brought belong to that organisation.
 */
export async function saveHarvestSource(actor: Actor, input: SaveHarvestSourceInput, { db }: Pick<ModuleDeps, 'db'>): Promise<Outcome<{ id: string }>> {
  const existing = input.id ? (await authorizedSource(actor, input.id, 'manage', db)).source : undefined;
  const { user, access } = await harvestAccess(actor, db);
  const body = existing ? { ...(input.body as object), organizationId: existing.organizationId } : input.body;
  const parsed = parseForm(harvestSourceSchema, body);
  if (!parsed.ok) return refuse(parsed.errors);
  const { organizationId, ...fields } = parsed.data;
  if (!mayManageHarvestSource(access, { organizationId })) return refuse({ organizationId: 'Wählen Sie eine Organisation, die Sie verwalten.' });
  return db.transaction(async (tx) => {
    const named = await findSourceByName(tx, fields.name);
    if (named && named.id !== existing?.id) return refuse({ name: 'Diesen Kurznamen hat schon eine andere Erntequelle. Wählen Sie einen anderen.' });
    let id = existing?.id;
    if (existing) await updateSource(tx, existing.id, fields);
    else id = (await insertSource(tx, { ...fields, organizationId })).id;
    await audit(tx, user, {
      action: 'opendata.harvest.source.saved',
      objectType: 'harvest_source',
      objectId: id!,
      details: { name: fields.name, url: fields.url },
      ip: input.ip,
    });
    return { ok: true as const, id: id! };
  });
}
