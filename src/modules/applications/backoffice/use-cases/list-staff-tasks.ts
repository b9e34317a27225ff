import type { CurrentUser } from '../../../../kernel/auth';
import type { ModuleDeps, StaffTask } from '../../../../kernel/module';
import { PATHS } from '../../paths';
import { mayProcessApplications } from '../../policies';
import { countStaffTasks } from '../repository';
import { inboxQuery, parseInboxFilters, type InboxFilters } from '../schemas';

/** The inbox URL with these filters (the defaults otherwise), so each task opens exactly its list. */
function inboxWith(filters: Partial<InboxFilters>): string {
  return `${PATHS.inbox}${inboxQuery({ ...parseInboxFilters({}), ...filters })}`;
}

/**
 * The applications' part of "Meine Aufgaben": counts over the Anträge the person's inbox shows
 * (their departments; every department for admins), each with a link to the inbox filtered the
 * same way, so the count and the list agree. Staff without the permission have no such tasks.
 */
export async function listStaffTasks(actor: CurrentUser, _input: Record<string, never>, deps: Pick<ModuleDeps, 'db'>): Promise<StaffTask[]> {
  if (!mayProcessApplications(actor)) return [];
  const counts = await countStaffTasks(deps.db, actor.id, actor.role === 'admin' ? undefined : actor.departments);
  return [
    { label: 'Mir zugewiesen, offen', count: counts.assignedToMe, href: inboxWith({ assignee: 'me' }) },
    { label: 'Überfällig', count: counts.overdue, href: inboxWith({ overdue: true }), urgent: counts.overdue > 0 },
    { label: 'Neu und niemandem zugewiesen', count: counts.newUnassigned, href: inboxWith({ status: 'submitted', assignee: 'none' }) },
  ];
}
