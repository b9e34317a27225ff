import type { Actor } from '../../../../kernel/auth';
import type { Config } from '../../../../kernel/config';
import type { Database } from '../../../../kernel/db';
import { AppError } from '../../../../kernel/http';
import { mayStaffMove, STATUS_LABELS, type ApplicationStatus } from '../../workflow';
import { loadForStaff } from './load-for-staff';
import { moveStatus } from './move-status';

/** Raised when the move is not allowed from the current status (e.g. someone else closed it meanwhile). */
export function transitionNotAllowed(from: ApplicationStatus, to: ApplicationStatus, field = 'status'): AppError {
  return new AppError('transition_not_allowed', {
    status: 400,
    userMessage: `Der Antrag hat den Status „${STATUS_LABELS[from]}“. Von dort kann er nicht auf „${STATUS_LABELS[to]}“ gesetzt werden.`,
    fields: { [field]: `Von „${STATUS_LABELS[from]}“ kann der Antrag nicht auf „${STATUS_LABELS[to]}“ gesetzt werden. Wählen Sie einen anderen Status.` },
  });
}

/** Staff move an application along STAFF_TRANSITIONS; the row is locked, so two clicks cannot both win. */
export async function changeStatus(
  db: Database,
  config: Config,
  actor: Actor,
  input: { id: string; to: ApplicationStatus; reason: string | undefined; ip: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    const { actor: staff, application } = await loadForStaff(tx, actor, input.id, { forUpdate: true });
    if (!mayStaffMove(application.status, input.to)) throw transitionNotAllowed(application.status, input.to);
    await moveStatus(tx, config, staff, application, { to: input.to, reason: input.reason, ip: input.ip });
  });
}
