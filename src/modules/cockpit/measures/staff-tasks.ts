import type { CurrentUser } from '../../../kernel/auth';
import type { ModuleDeps, StaffTask } from '../../../kernel/module';
import { berlinDay } from '../../../kernel/time';
import { EDIT_PERMISSION, mayCoordinate } from '../policies';
import { hasPermission } from '../../../kernel/auth';
import { STAFF_PATHS } from '../paths';
import { countOverdueMilestones } from './repository';

/**
 * "Meine Aufgaben": milestones past their day and not reached, of the measures this person may edit
 * (every measure for the coordinator, those of their Fachbereiche for `cockpit.edit` staff).
 */
export async function measureStaffTasks(actor: CurrentUser, deps: Pick<ModuleDeps, 'db'> & { now?: Date }): Promise<StaffTask[]> {
  const coordinator = mayCoordinate(actor);
  if (!coordinator && !hasPermission(actor, EDIT_PERMISSION)) return [];
  const count = await countOverdueMilestones(deps.db, berlinDay(deps.now ?? new Date()), coordinator ? undefined : actor.departments);
  return [
    {
      label: count === 1 ? 'Meilenstein einer Maßnahme überfällig' : 'Meilensteine von Maßnahmen überfällig',
      count,
      href: `${STAFF_PATHS.measures}?sortierung=meilenstein`,
      urgent: true,
    },
  ];
}
