import type { Actor } from '../../../kernel/auth';
import type { Executor } from '../../../kernel/db';
import type { FieldErrors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { canManageUsers, requireSection } from '../policies';
import { departmentChoices } from '../repository';
import type { AccessOptions } from '../views';

/** What the account forms offer: the departments in the database, the permissions every registered module declares. */
async function options(db: Executor, modules: ModuleDeps['modules']): Promise<AccessOptions> {
  return {
    departments: await departmentChoices(db),
    permissions: modules
      .flatMap((module) => module.permissions ?? [])
      .map((permission) => ({ value: permission.id, label: permission.label, hint: permission.id })),
  };
}

/** For the new-account and change-access forms (admins only). */
export async function loadAccessOptions(actor: Actor, deps: Pick<ModuleDeps, 'db' | 'modules'>): Promise<AccessOptions> {
  requireSection(actor, canManageUsers);
  return options(deps.db, deps.modules);
}

/**
 * Ids that are not on offer (a tampered form, a typo on the command line, a department deleted
 * meanwhile) come back as field errors, in the words of the form.
 */
export async function refuseUnknownChoices(
  db: Executor,
  modules: ModuleDeps['modules'],
  input: { departments?: readonly string[] | undefined; permissions?: readonly string[] | undefined },
): Promise<FieldErrors | undefined> {
  const offered = await options(db, modules);
  const fields: FieldErrors = {};
  const known = (list: { value: string }[], values: readonly string[] | undefined) =>
    (values ?? []).every((value) => list.some((option) => option.value === value));
  if (!known(offered.departments, input.departments)) fields.departments = 'Wählen Sie nur Fachbereiche aus der Liste aus.';
  if (!known(offered.permissions, input.permissions)) fields.permissions = 'Wählen Sie nur Berechtigungen aus der Liste aus.';
  return Object.keys(fields).length ? fields : undefined;
}
