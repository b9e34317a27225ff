import { requireSection, type Actor } from '../../../../kernel/auth';
import { errors, isUuid } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import type { LibraryEvent } from '../../tables';
import { mayManageLibraryEvents } from '../policies';
import { findEvent, staffEventList } from '../repository';

/** An event's public page: every event is public once entered (cancelled ones with their reason). */
export async function publicEvent(id: string, deps: Pick<ModuleDeps, 'db'>): Promise<LibraryEvent> {
  const event = isUuid(id) ? await findEvent(deps.db, id) : undefined;
  if (!event) throw errors.pageNotFound();
  return event;
}

/** The staff list of coming and past events. */
export async function listStaffEvents(actor: Actor, deps: Pick<ModuleDeps, 'db'>): Promise<{ coming: LibraryEvent[]; past: LibraryEvent[] }> {
  requireSection(actor, mayManageLibraryEvents);
  return staffEventList(deps.db, new Date());
}

/** An event to change in the staff form. */
export async function eventToEdit(actor: Actor, id: string, deps: Pick<ModuleDeps, 'db'>): Promise<LibraryEvent> {
  requireSection(actor, mayManageLibraryEvents);
  const event = isUuid(id) ? await findEvent(deps.db, id) : undefined;
  if (!event) throw errors.pageNotFound();
  return event;
}

/** The form for a new event: library staff with `library.events` only. */
export function openNewEventForm(actor: Actor): void {
  requireSection(actor, mayManageLibraryEvents);
}
