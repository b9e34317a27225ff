import type { ModuleManifest } from '../../kernel/module';
import { AUDIT_ACTIONS } from './audit-actions';
import { seedAdminDemo } from './demo';
import { ADMIN_PATHS } from './paths';
import { ADMIN_PERMISSIONS, canManageApiTokens, canManageDepartments, canManageUsers, canViewAudit, canViewOutbox } from './policies';
import { adminRoutes } from './routes';
import { adminStaffTasks } from './use-cases';
import { adminPackSchema } from './demo';

const GROUP = 'Administration';

/**
 * The back office's own administration: accounts, roles, departments, API access, audit log and
 * mail outbox, as sections of the staff workspace. The permission catalogue the account forms
 * offer comes from `deps.modules` (every registered module), so this module never imports the registry.
 */
export const adminModule: ModuleManifest = {
  id: 'admin',
  auditActions: AUDIT_ACTIONS,
  permissions: ADMIN_PERMISSIONS,
  staffSections: [
    { href: ADMIN_PATHS.users, label: 'Benutzerkonten', group: GROUP, order: 900, allowed: canManageUsers },
    { href: ADMIN_PATHS.departments, label: 'Fachbereiche', group: GROUP, order: 910, allowed: canManageDepartments },
    { href: ADMIN_PATHS.apiTokens, label: 'API-Zugänge', group: GROUP, order: 920, allowed: canManageApiTokens },
    { href: ADMIN_PATHS.audit, label: 'Protokoll', group: GROUP, order: 930, allowed: canViewAudit },
    { href: ADMIN_PATHS.outbox, label: 'Postausgang', group: GROUP, order: 940, allowed: canViewOutbox },
  ],
  staffTasks: adminStaffTasks,
  routes: adminRoutes,
  demoPack: [{ part: 'admin', schema: adminPackSchema }],
  seedDemo: seedAdminDemo,
  // Its demo content lives in kernel tables (departments, users); `demo:reset` empties those itself.
  demoTables: [],
};

/** For the CLI, which runs the same use cases as the pages, as the actor `cli`. */
export { CLI_ACTOR } from './policies';
export { newUserSchema, departmentSchema, apiTokenSchema, type NewUserInput } from './schemas';
export {
  createStaffUser,
  changeUserAccess,
  createDepartment,
  createApiAccess,
  showApiAccesses,
  revokeApiAccess,
  EMAIL_TAKEN_MESSAGE,
  SET_PASSWORD_DAYS,
  type CreatedUser,
} from './use-cases';
export { listUsers, listDepartments, type UserListRow } from './repository';
export { demoLogins, type AdminPack } from './demo';
