import type { CurrentUser } from '../../../../kernel/auth';
import type { ModuleDeps, StaffTask } from '../../../../kernel/module';
import { mayManageVhs } from '../../policies';
import { BOOKING_PATHS } from '../paths';
import { countRequestedReductions } from '../staff-repository';

/** "Meine Aufgaben" for VHS staff: reductions that wait for a decision. */
export async function listBookingStaffTasks(actor: CurrentUser, deps: Pick<ModuleDeps, 'db'>): Promise<StaffTask[]> {
  if (!mayManageVhs(actor)) return [];
  const count = await countRequestedReductions(deps.db);
  return count === 0 ? [] : [{ label: 'Ermäßigungen zu entscheiden (Volkshochschule)', count, href: BOOKING_PATHS.staffList }];
}
