import { eq, sql } from 'drizzle-orm';
import { audit, type NamedActor } from '../../../../kernel/audit';
import type { CurrentUser } from '../../../../kernel/auth';
import type { Config } from '../../../../kernel/config';
import type { Executor } from '../../../../kernel/db';
import { findServiceForApplication } from '../../../services';
import { notifyApplicant } from '../../account/notifications';
import type { ApplicationRow } from '../../repository';
import { applicationEvents, applications } from '../../tables';
import { isClosed, type ApplicationStatus } from '../../workflow';

/** Used when a Leistung was removed from the catalogue after the application came in. */
const DEFAULT_RETENTION_DAYS = 365;

export interface StatusMove {
  to: ApplicationStatus;
  /** Shown to the citizen (Rückfrage, Ablehnung); optional for the other statuses. */
  reason: string | undefined;
  ip: string;
  /** The Bescheid sends its own e-mail ("Ihr Bescheid liegt bereit") instead of the status e-mail. */
  notify?: boolean;
}

/**
 * Moves an application (already locked and authorized by the caller) to a new status inside the
 * caller's transaction: the row, a status event the citizen sees, the notification e-mail and the
 * audit entry. Closing sets `closed_at` and `delete_after` (closed + the Leistung's retention days),
 * which is what the retention job later acts on.
 */
export async function moveStatus(
  tx: Executor,
  config: Config,
  actor: CurrentUser | NamedActor,
  application: ApplicationRow,
  move: StatusMove,
): Promise<ApplicationRow> {
  const closing = isClosed(move.to);
  const retentionDays = closing ? ((await findServiceForApplication(tx, application.serviceSlug))?.retentionDays ?? DEFAULT_RETENTION_DAYS) : 0;
  const [updated] = await tx
    .update(applications)
    .set({
      status: move.to,
      updatedAt: sql`now()`,
      ...(closing ? { closedAt: sql`now()`, deleteAfter: sql`now() + make_interval(days => ${retentionDays})` } : {}),
    })
    .where(eq(applications.id, application.id))
    .returning();
  await tx.insert(applicationEvents).values({
    applicationId: application.id,
    kind: 'status',
    fromStatus: application.status,
    toStatus: move.to,
    actorId: actor.id,
    text: move.reason ?? null,
    visibleToApplicant: true,
  });
  if (move.notify !== false) await notifyApplicant(tx, config, updated!, { kind: 'status', to: move.to, ...(move.reason ? { reason: move.reason } : {}) });
  await audit(tx, actor, {
    action: 'applications.status_changed',
    objectType: 'application',
    objectId: application.id,
    details: { reference: application.reference, from: application.status, to: move.to },
    ip: move.ip,
  });
  return updated!;
}
