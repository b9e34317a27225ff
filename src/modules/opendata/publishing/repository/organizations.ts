import { and, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import { users } from '../../../../kernel/auth';
import type { Executor } from '../../../../kernel/db';
import { memberships, organizations, type MemberCapacity, type Organization } from '../../tables';

const byTitle = sql`${organizations.title} collate "und-x-icu"`;

/** The organisations with the given ids (undefined: all, for the portal's admins), sorted by title. */
export async function listOrganizations(db: Executor, ids: readonly string[] | undefined): Promise<Organization[]> {
  if (ids && ids.length === 0) return [];
  return db
    .select()
    .from(organizations)
    .where(ids ? inArray(organizations.id, [...ids]) : undefined)
    .orderBy(byTitle);
}

export async function findOrganization(db: Executor, id: string): Promise<Organization | undefined> {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
  return row;
}

export async function findOrganizationByName(db: Executor, name: string): Promise<Organization | undefined> {
  const [row] = await db.select().from(organizations).where(eq(organizations.name, name));
  return row;
}

/** For a change of members: the organisation locked, so two admins removing each other cannot leave it without one. */
export async function lockOrganization(tx: Executor, id: string): Promise<Organization | undefined> {
  const [row] = await tx.select().from(organizations).where(eq(organizations.id, id)).for('update');
  return row;
}

export interface MemberRow {
  userId: string;
  displayName: string;
  email: string;
  capacity: MemberCapacity;
}

const memberColumns = { userId: users.id, displayName: users.displayName, email: users.email, capacity: memberships.capacity };

export async function listMembers(db: Executor, organizationId: string): Promise<MemberRow[]> {
  return db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organizationId, organizationId))
    .orderBy(sql`${users.displayName} collate "und-x-icu"`);
}

export async function findMember(db: Executor, organizationId: string, userId: string): Promise<MemberRow | undefined> {
  const [row] = await db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId)));
  return row;
}

export async function countAdmins(tx: Executor, organizationId: string): Promise<number> {
  const [row] = await tx
    .select({ value: count() })
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.capacity, 'admin')));
  return row?.value ?? 0;
}

/** An active staff account (staff or admin) by its address: members are staff, never citizens. */
export async function findStaffByEmail(db: Executor, email: string): Promise<{ id: string; displayName: string } | undefined> {
  const [row] = await db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(and(eq(users.email, email), inArray(users.role, ['staff', 'admin']), isNull(users.disabledAt)));
  return row;
}

/** Adds a member; false when the person is a member already. */
export async function insertMember(tx: Executor, organizationId: string, userId: string, capacity: MemberCapacity): Promise<boolean> {
  const rows = await tx.insert(memberships).values({ organizationId, userId, capacity }).onConflictDoNothing().returning({ userId: memberships.userId });
  return rows.length > 0;
}

export async function setCapacity(tx: Executor, organizationId: string, userId: string, capacity: MemberCapacity): Promise<void> {
  await tx
    .update(memberships)
    .set({ capacity })
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId)));
}

export async function deleteMember(tx: Executor, organizationId: string, userId: string): Promise<void> {
  await tx.delete(memberships).where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId)));
}

export async function insertOrganization(tx: Executor, values: typeof organizations.$inferInsert): Promise<Organization> {
  const [row] = await tx.insert(organizations).values(values).returning();
  return row!;
}

export async function updateUploadLimit(tx: Executor, id: string, bytes: number): Promise<void> {
  await tx.update(organizations).set({ uploadLimitBytes: bytes }).where(eq(organizations.id, id));
}
