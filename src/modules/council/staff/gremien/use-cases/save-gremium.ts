import { audit } from '../../../../../kernel/audit';
import type { Actor } from '../../../../../kernel/auth';
import { parseForm, refuse, type Outcome } from '../../../../../kernel/http';
import type { ModuleDeps } from '../../../../../kernel/module';
import { requireCouncilStaff, requireEditable } from '../../entry/access';
import { ownBodyId } from '../../entry/own-body';
import { councilSlug, freeSlug } from '../../entry/slug';
import { insertGremium, slugsLike, updateGremium } from '../repository';
import { gremiumSchema } from '../schemas';
import { authorizedGremium } from './open-gremium';

export interface SaveGremiumInput {
  /** The Gremium to edit; none to add one. */
  id?: string | undefined;
  /** The form's fields (see gremiumSchema). */
  body: unknown;
  ip?: string;
}

/**
 * Adds or edits a Gremium of the municipality's own body. Its page name under /rat/gremien comes once
 * from the short name (or the name) and stays, so links to it keep working; it is unique per body.
 * `created` is written on insert and `modified` on every change, for the OParl API's incremental lists.
 */
export async function saveGremium(actor: Actor, input: SaveGremiumInput, deps: Pick<ModuleDeps, 'db' | 'config'>): Promise<Outcome<{ id: string }>> {
  requireCouncilStaff(actor);
  const existing = input.id ? (await authorizedGremium(actor, input.id, deps)).gremium : undefined;
  if (existing) requireEditable(existing);
  const parsed = parseForm(gremiumSchema, input.body);
  if (!parsed.ok) return refuse(parsed.errors);
  const values = { ...parsed.data, shortName: parsed.data.shortName ?? null, classification: parsed.data.classification ?? null };
  return deps.db.transaction(async (tx) => {
    let id = existing?.id;
    if (existing) await updateGremium(tx, existing.id, values);
    else {
      const bodyId = await ownBodyId(tx, actor, deps.config);
      const base = councilSlug(values.shortName ?? values.name);
      const slug = freeSlug(base, await slugsLike(tx, bodyId, base));
      id = await insertGremium(tx, { ...values, bodyId, slug });
    }
    await audit(tx, actor, {
      action: existing ? 'council.organization.updated' : 'council.organization.created',
      objectType: 'council_organization',
      objectId: id!,
      details: { name: values.name },
      ip: input.ip,
    });
    return { ok: true as const, id: id! };
  });
}
