import type { Actor } from '../../../../kernel/auth';
import { errors } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { listServicesForApplication, type ServiceForApplication } from '../../../services';
import { mayProcessApplications } from '../../policies';
import { COUNT_CAP, countInbox, INBOX_PAGE_SIZE, listColleagues, listInbox, type Colleague, type InboxRow } from '../repository';
import type { InboxFilters } from '../schemas';

export interface InboxData {
  rows: InboxRow[];
  /** Matches, capped at COUNT_CAP + 1. */
  total: number;
  /** The filters as applied: the page is clamped to the last page. */
  filters: InboxFilters;
  pageCount: number;
  /** The Leistungen of the actor's departments (all for admins), for the filter and the table. */
  services: ServiceForApplication[];
  colleagues: readonly Colleague[];
}

/**
 * One page of the inbox: the submitted applications of the actor's departments (all for admins).
 * Nobody else learns that the back office exists: the same 404 as for a wrong URL.
 */
export async function listInboxPage(actor: Actor, requested: InboxFilters, deps: Pick<ModuleDeps, 'db'>): Promise<InboxData> {
  if (!mayProcessApplications(actor)) throw errors.notFound();
  const { db } = deps;
  const departments = actor.role === 'admin' ? undefined : actor.departments;
  const [allServices, colleagues, total] = await Promise.all([
    listServicesForApplication(db),
    listColleagues(db, departments),
    countInbox(db, actor, requested),
  ]);
  const pageCount = Math.max(1, Math.ceil(Math.min(total, COUNT_CAP) / INBOX_PAGE_SIZE));
  const filters = { ...requested, page: Math.min(requested.page, pageCount) };
  const rows = await listInbox(db, actor, filters);
  const services = allServices.filter((service) => !departments || departments.includes(service.departmentId));
  return { rows, total, filters, pageCount, services, colleagues };
}
