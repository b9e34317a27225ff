import type { CurrentUser } from '../../../kernel/auth';
import type { ModuleDeps, StaffTask } from '../../../kernel/module';
import { EDITOR_PATHS } from '../paths';
import { mayEditForms } from '../policies';
import { countDrafts } from '../repository';

/** "Meine Aufgaben": drafts that wait to be finished and published, for form editors. */
export async function formStaffTasks(actor: CurrentUser, { db }: Pick<ModuleDeps, 'db'>): Promise<StaffTask[]> {
  if (!mayEditForms(actor)) return [];
  return [{ label: 'Entwürfe, die noch nicht veröffentlicht sind', count: await countDrafts(db), href: EDITOR_PATHS.list }];
}
