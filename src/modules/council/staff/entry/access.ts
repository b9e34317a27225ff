import { requireSection, type Actor, type CurrentUser } from '../../../../kernel/auth';
import { AppError } from '../../../../kernel/http';
import { mayManageCouncil } from '../../policies';

/** Every page and action of the staff sections: council.manage (admins hold it); others 404, visitors 401. */
export function requireCouncilStaff(actor: Actor): asserts actor is CurrentUser {
  requireSection(actor, mayManageCouncil);
}

/** The columns every OParl row has that decide whether staff may change it here. */
export interface EntryState {
  sourceId: string | null;
  deleted: boolean;
}

/** Why an imported object cannot be changed here, for the page and the refusal alike. */
export const READ_ONLY_MESSAGE =
  'Dieser Eintrag stammt aus dem Ratsinformationssystem und wird beim nächsten Import wieder überschrieben. Ändern Sie ihn dort; hier ist er nur lesbar.';

/**
 * Objects imported from a source are read-only here: the next import would overwrite any change
 * (task point 4). A change sent anyway (an old tab, a forged form) is refused with 409 and the reason.
 */
export function requireEditable(entry: EntryState): void {
  if (entry.sourceId !== null) throw new AppError('council_read_only', { status: 409, userMessage: READ_ONLY_MESSAGE });
}
