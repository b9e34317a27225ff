import { audit } from '../../../../kernel/audit';
import { requireSection, type Actor } from '../../../../kernel/auth';
import { errors, isUuid, refuse, type Outcome } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { mayManageLibraryEvents } from '../policies';
import { findEvent, markCancelled } from '../repository';

/**
 * Calls an event off with a reason people read on its page and in the calendar; it stays listed.
 * Cancelling twice changes nothing and says so.
 */
export async function cancelEvent(actor: Actor, id: string, reason: string, deps: Pick<ModuleDeps, 'db'> & { ip?: string }): Promise<Outcome> {
  requireSection(actor, mayManageLibraryEvents);
  if (!isUuid(id)) throw errors.pageNotFound();
  return deps.db.transaction(async (tx) => {
    const event = await findEvent(tx, id);
    if (!event) throw errors.pageNotFound();
    if (event.cancellationReason !== null) return refuse({ grund: 'Diese Veranstaltung ist schon abgesagt.' });
    await markCancelled(tx, id, reason);
    await audit(tx, actor, {
      action: 'library.event_cancelled',
      objectType: 'library_event',
      objectId: id,
      details: { title: event.title, reason },
      ip: deps.ip,
    });
    return { ok: true };
  });
}
