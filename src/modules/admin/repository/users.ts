import { and, asc, eq, ilike, isNotNull, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { userDepartments, userPermissions, users, type Role, type UserRow } from '../../../kernel/auth';
import type { Executor } from '../../../kernel/db';
import { containsPattern, offsetOf, type PageRequest, type Paged } from './paging';

export interface UserListFilter {
  q?: string | undefined;
  role?: Role | undefined;
  /** `aktiv`, `ohne-passwort` (staff or admin, not disabled, no password yet) or `gesperrt`. */
  status?: 'aktiv' | 'ohne-passwort' | 'gesperrt' | undefined;
}

function statusCondition(status: UserListFilter['status']): SQL | undefined {
  if (status === 'gesperrt') return isNotNull(users.disabledAt);
  // Staff accounts wait for their holder to set a password; citizens without one log in via BundID.
  if (status === 'ohne-passwort') return and(isNull(users.disabledAt), isNull(users.passwordHash), ne(users.role, 'citizen'));
  if (status === 'aktiv') return and(isNull(users.disabledAt), isNotNull(users.passwordHash));
  return undefined;
}

export interface UserListRow {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  disabledAt: Date | null;
  passwordHash: string | null;
  lastLoginAt: Date | null;
  /** Department names, alphabetical. */
  departments: string[];
}

export interface UserDetail extends UserRow {
  departments: string[];
  permissions: string[];
}

/** German-aware order ("Ä" next to "A"); the one such collation both PGlite and PostgreSQL have. */
const byEmail = sql`${users.email} collate "und-x-icu"`;

function userConditions(filter: UserListFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (filter.q) parts.push(or(ilike(users.email, containsPattern(filter.q)), ilike(users.displayName, containsPattern(filter.q))));
  if (filter.role) parts.push(eq(users.role, filter.role));
  parts.push(statusCondition(filter.status));
  return and(...parts);
}

export async function listUsers(db: Executor, filter: UserListFilter, request: PageRequest): Promise<Paged<UserListRow>> {
  const where = userConditions(filter);
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      disabledAt: users.disabledAt,
      passwordHash: users.passwordHash,
      lastLoginAt: users.lastLoginAt,
      // Qualified by hand: Drizzle writes a single-table select's columns unqualified, and `id` would be ambiguous.
      departments: sql<string[]>`array(select d.name from user_departments ud join departments d on d.id = ud.department_id
        where ud.user_id = "users"."id" order by d.name collate "und-x-icu")`,
    })
    .from(users)
    .where(where)
    .orderBy(byEmail, asc(users.id))
    .limit(request.pageSize)
    .offset(offsetOf(request));
  const [count] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(users)
    .where(where);
  return { rows, total: count?.total ?? 0 };
}

export async function findUserDetail(db: Executor, id: string): Promise<UserDetail | undefined> {
  const [user] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  if (!user) return undefined;
  const departments = await db
    .select({ id: userDepartments.departmentId })
    .from(userDepartments)
    .where(eq(userDepartments.userId, id))
    .orderBy(userDepartments.departmentId);
  const permissions = await db
    .select({ id: userPermissions.permission })
    .from(userPermissions)
    .where(eq(userPermissions.userId, id))
    .orderBy(userPermissions.permission);
  return { ...user, departments: departments.map((row) => row.id), permissions: permissions.map((row) => row.id) };
}

/**
 * Locks every active admin row until the transaction ends. Two admins demoting each other at the
 * same moment then run one after the other, so the "one admin must remain" check cannot race.
 */
export async function lockActiveAdmins(db: Executor): Promise<string[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), isNull(users.disabledAt)))
    .orderBy(users.id)
    .for('update');
  return rows.map((row) => row.id);
}

export async function setRole(db: Executor, id: string, role: Role): Promise<void> {
  await db.update(users).set({ role }).where(eq(users.id, id));
}

export async function setDisabled(db: Executor, id: string, disabled: boolean): Promise<void> {
  await db
    .update(users)
    .set({ disabledAt: disabled ? sql`now()` : null })
    .where(eq(users.id, id));
}

export async function replaceDepartments(db: Executor, userId: string, departmentIds: readonly string[]): Promise<void> {
  await db.delete(userDepartments).where(eq(userDepartments.userId, userId));
  if (departmentIds.length) await db.insert(userDepartments).values(departmentIds.map((departmentId) => ({ userId, departmentId })));
}

export async function replacePermissions(db: Executor, userId: string, permissions: readonly string[]): Promise<void> {
  await db.delete(userPermissions).where(eq(userPermissions.userId, userId));
  if (permissions.length) await db.insert(userPermissions).values(permissions.map((permission) => ({ userId, permission })));
}

/** Active staff and admin accounts whose holder has not set a password yet (the link may have expired). */
export async function countStaffWithoutPassword(db: Executor): Promise<number> {
  const [row] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(users)
    .where(statusCondition('ohne-passwort'));
  return row?.total ?? 0;
}
