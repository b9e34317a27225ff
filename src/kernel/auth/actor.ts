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

/** An account row with its department ids and permissions, as the session and API-key queries read it. */
export interface AccountRow {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  emailVerifiedAt: Date | null;
  departments: string[];
  permissions: string[];
}

export function currentUserOf(row: AccountRow): CurrentUser {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role,
    emailVerified: row.emailVerifiedAt !== null,
    departments: row.departments,
    permissions: new Set(row.permissions),
  };
}

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
