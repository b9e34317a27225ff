import { audit } from '../../../../kernel/audit';
import type { CurrentUser } from '../../../../kernel/auth';
import type { Config } from '../../../../kernel/config';
import type { Database } from '../../../../kernel/db';
import { findServiceForApplication } from '../../../services';
import { mayWithdraw } from '../../workflow';
import { loadOwnApplication } from '../access';
import { notifyDepartment } from '../department-mails';
import { notifyApplicant } from '../notifications';
import { insertStatusEvent, markWithdrawn } from '../repository';

/** Used when the Leistung no longer exists: the default retention of the services module. */
const DEFAULT_RETENTION_DAYS = 365;

/**
 * The applicant withdraws an open application: it is closed, scheduled for deletion after the
 * Leistung's retention period, the department is told and the applicant gets a confirmation.
 * Returns false when it was no longer open (e.g. decided meanwhile).
 */
export async function withdrawApplication(deps: { db: Database; config: Config }, actor: CurrentUser, input: { id: string; ip: string }): Promise<boolean> {
  return deps.db.transaction(async (tx) => {
    const application = await loadOwnApplication(tx, actor, input.id, { forUpdate: true });
    if (!mayWithdraw(application.status)) return false;
    const service = await findServiceForApplication(tx, application.serviceSlug);
    const withdrawn = await markWithdrawn(tx, application.id, service?.retentionDays ?? DEFAULT_RETENTION_DAYS);
    if (!withdrawn) return false;
    await insertStatusEvent(tx, { applicationId: application.id, fromStatus: application.status, toStatus: 'withdrawn', actorId: actor.id });
    await audit(tx, actor, {
      action: 'applications.withdrawn',
      objectType: 'application',
      objectId: application.id,
      details: { reference: application.reference, from: application.status },
      ip: input.ip,
    });
    await notifyDepartment(tx, deps.config, withdrawn, 'withdrawn');
    await notifyApplicant(tx, deps.config, withdrawn, { kind: 'status', to: 'withdrawn' });
    return true;
  });
}
