import type { Actor } from '../../../../kernel/auth';
import { refuse, type Outcome } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { mayStaffMove, STATUS_LABELS, type ApplicationStatus } from '../../workflow';
import { loadForStaff } from './load-for-staff';
import { moveStatus } from './move-status';

/** The refusal when the move is not allowed from the current status (e.g. someone else closed it meanwhile). */
export function transitionNotAllowed(from: ApplicationStatus, to: ApplicationStatus, field = 'status'): { ok: false; errors: Record<string, string> } {
  return refuse({ [field]: `Von „${STATUS_LABELS[from]}“ kann der Antrag nicht auf „${STATUS_LABELS[to]}“ gesetzt werden. Wählen Sie einen anderen Status.` });
}

/** Staff move an application along STAFF_TRANSITIONS; the row is locked, so two clicks cannot both win. */
export async function changeStatus(
  actor: Actor,
  input: { id: string; to: ApplicationStatus; reason: string | undefined; ip: string },
  deps: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<Outcome> {
  return deps.db.transaction(async (tx) => {
    const { actor: staff, application } = await loadForStaff(tx, actor, input.id, { forUpdate: true });
    if (!mayStaffMove(application.status, input.to)) return transitionNotAllowed(application.status, input.to);
    await moveStatus(tx, deps.config, staff, application, { to: input.to, reason: input.reason, ip: input.ip });
    return { ok: true as const };
  });
}
