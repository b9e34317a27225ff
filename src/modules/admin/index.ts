import { isStaff } from '../../kernel/auth';
import type { ModuleManifest } from '../../kernel/module';
import { seedAdminDemo } from './demo';
import { ADMIN_PERMISSIONS } from './policies';
import { adminRoutes } from './routes';

/**
 * The back office's own administration: accounts, roles, departments, audit log and mail outbox.
 *
 * `registeredModules` is read lazily (on each request that needs the permission list) because the
 * registry lists this module itself: `createAdminModule(() => MODULES)` inside `MODULES`. So the
 * module never imports the registry, and a test can hand in any set of modules.
 */
export function createAdminModule(registeredModules: () => readonly ModuleManifest[]): ModuleManifest {
  return {
    id: 'admin',
    permissions: ADMIN_PERMISSIONS,
    accountLinks: (actor) => (isStaff(actor) ? [{ href: '/admin', label: 'Verwaltung' }] : []),
    routes: adminRoutes(() => registeredModules().flatMap((module) => module.permissions ?? [])),
    seedDemo: seedAdminDemo,
    // Its demo content lives in kernel tables (departments, users); `demo:reset` empties those itself.
    demoTables: [],
  };
}

/** For the CLI, which runs the same use cases as the pages, as the actor `cli`. */
export { CLI_ACTOR } from './policies';
export { newUserSchema, departmentSchema, type NewUserInput } from './schemas';
export { createStaffUser, changeUserAccess, createDepartment, SET_PASSWORD_DAYS, type CreatedUser } from './use-cases';
export { listUsers, listDepartments, type UserListRow } from './repository';
export { demoLogins, type AdminPack, type DemoAccount } from './demo';
