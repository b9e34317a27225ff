import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import { errors, isUuid } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { requireCouncilStaff, requireEditable } from './access';
import { DELETION_RULES, type Deletable, type DeletableKind } from './deletable';

export interface DeletionPage extends Deletable {
  kind: DeletableKind;
  id: string;
  what: string;
}

/** The confirmation page of a soft deletion; deleted, missing and malformed ids are 404, imported objects 409. */
export async function openDeletion(actor: Actor, input: { kind: DeletableKind; id: string }, { db }: Pick<ModuleDeps, 'db'>): Promise<DeletionPage> {
  requireCouncilStaff(actor);
  const rules = DELETION_RULES[input.kind];
  const entry = isUuid(input.id) ? await rules.find(db, input.id) : undefined;
  if (!entry || entry.deleted) throw errors.notFound('Der Eintrag');
  requireEditable(entry);
  return { ...entry, kind: input.kind, id: input.id, what: rules.what };
}

/**
 * Soft deletion (task point 4): the row stays with `deleted = true` and a new `modified`, so the
 * OParl API answers it with `deleted: true` and clients syncing by `modified_since` learn of it.
 */
export async function deleteEntry(actor: Actor, input: { kind: DeletableKind; id: string; ip?: string }, deps: Pick<ModuleDeps, 'db'>): Promise<DeletionPage> {
  const page = await openDeletion(actor, input, deps);
  await deps.db.transaction(async (tx) => {
    await DELETION_RULES[input.kind].remove(tx, input.id, new Date());
    await audit(tx, actor, {
      action: (
        {
          gremien: 'council.organization.deleted',
          personen: 'council.person.deleted',
          'personen/mitgliedschaften': 'council.membership.deleted',
          sitzungen: 'council.meeting.deleted',
          'sitzungen/tagesordnung': 'council.agenda_item.deleted',
          vorlagen: 'council.paper.deleted',
          'vorlagen/beratungen': 'council.consultation.deleted',
        } as const
      )[input.kind],
      objectType: 'council_entry',
      objectId: input.id,
      details: { name: page.name },
      ip: input.ip,
    });
  });
  return page;
}
