import { loadAuthorized, requireThat, type Actor, type CurrentUser } from '../../../../kernel/auth';
import type { Executor } from '../../../../kernel/db';
import { mayProcessApplication, mayProcessApplications } from '../../policies';
import { findApplication, type ApplicationRow } from '../../repository';

/** Staff see submitted applications of their departments; drafts stay private to the applicant. */
export function mayProcessSubmitted(actor: Actor, application: ApplicationRow): boolean {
  return application.status !== 'draft' && mayProcessApplication(actor, application);
}

/**
 * The application for a back-office page or action. Anonymous visitors, citizens and staff of
 * other departments all get the same 404 as for a missing id: the back office is not advertised
 * and ids cannot be probed.
 */
export async function loadForStaff(
  db: Executor,
  actor: Actor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<{ actor: CurrentUser; application: ApplicationRow }> {
  const { actor: staff, found } = await loadRecordForStaff(actor, async () => {
    const application = await findApplication(db, id, options);
    return application && { application };
  });
  return { actor: staff, application: found.application };
}

/**
 * The same check for an application read together with more of it in one statement (the detail
 * page's lists): `found` is returned only if the actor may process `found.application`.
 */
export async function loadRecordForStaff<Found extends { application: ApplicationRow }>(
  actor: Actor,
  load: () => Promise<Found | null>,
): Promise<{ actor: CurrentUser; found: Found }> {
  const found = await loadAuthorized(actor, load, (who, record) => mayProcessSubmitted(who, record.application), 'Der Antrag');
  requireThat(actor, mayProcessApplications);
  return { actor, found };
}
