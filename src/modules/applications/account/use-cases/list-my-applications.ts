import type { CurrentUser } from '../../../../kernel/auth';
import type { Executor } from '../../../../kernel/db';
import { listServicesForApplication } from '../../../services';
import { isClosed } from '../../workflow';
import { continueHref } from '../continue-href';
import { listApplicationsOfApplicant } from '../repository';
import type { MyApplications } from '../view-models';

/** "Meine Anträge": the actor's drafts, open and closed applications. */
export async function listMyApplications(db: Executor, actor: CurrentUser): Promise<MyApplications> {
  const [rows, services] = await Promise.all([listApplicationsOfApplicant(db, actor.id), listServicesForApplication(db)]);
  const names = new Map(services.map((service) => [service.slug, service.name]));
  const result: MyApplications = { drafts: [], open: [], closed: [] };
  for (const { answers, formVersionId, ...row } of rows) {
    const item = { ...row, serviceName: names.get(row.serviceSlug) ?? row.serviceSlug };
    if (row.status === 'draft') result.drafts.push({ ...item, continueHref: await continueHref(db, { id: row.id, formVersionId, answers }) });
    else if (isClosed(row.status)) result.closed.push(item);
    else result.open.push(item);
  }
  return result;
}
