import type { Role } from './tables';

/** The person behind a request, as every use case and policy sees it. */
export interface CurrentUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  emailVerified: boolean;
  /** Department ids (staff); empty for citizens. */
  departments: readonly string[];
  /** Module permissions such as `admin.feedback`; admins implicitly hold all. */
  permissions: ReadonlySet<string>;
}

export type Actor = CurrentUser | null;

export function isStaff(actor: Actor): actor is CurrentUser {
  return actor?.role === 'staff' || actor?.role === 'admin';
}

export function isAdmin(actor: Actor): actor is CurrentUser {
  return actor?.role === 'admin';
}

export function hasPermission(actor: Actor, permission: string): actor is CurrentUser {
  if (!actor) return false;
  return actor.role === 'admin' || (actor.role === 'staff' && actor.permissions.has(permission));
}

export function inDepartment(actor: Actor, departmentId: string): boolean {
  if (!actor) return false;
  return actor.role === 'admin' || (actor.role === 'staff' && actor.departments.includes(departmentId));
}
