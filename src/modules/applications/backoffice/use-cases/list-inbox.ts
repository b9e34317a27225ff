import type { Actor } from '../../../../kernel/auth';
import { errors } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { listServicesForApplication, type ServiceForApplication } from '../../../services';
import { mayProcessApplications } from '../../policies';
import { inboxPage, type InboxRow } from '../inbox-query';
import { listColleagues, type Colleague } from '../repository';
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
  const [allServices, colleagues, { rows, total, page, pageCount }] = await Promise.all([
    listServicesForApplication(db),
    listColleagues(db, departments),
    inboxPage(db, actor, requested),
  ]);
  const filters = { ...requested, page };
  const services = allServices.filter((service) => !departments || departments.includes(service.departmentId));
  return { rows, total, filters, pageCount, services, colleagues };
}
