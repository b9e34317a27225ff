import { and, asc, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { users } from '../../../../kernel/auth';
import type { Executor } from '../../../../kernel/db';
import { councilMemberAccounts, councilMemberships, councilOrganizations, councilPersons } from '../../tables';

export interface MemberLink {
  userId: string;
  email: string;
  displayName: string;
  personId: string;
  personName: string;
  linkedAt: Date;
  /** The names of the Gremien the person is a current member of: what the account sees non-public of. */
  gremien: string[];
}

/** Current on `today`: started (or no start) and not ended (or no end), not deleted. */
export function currentMembership(today: string) {
  return and(
    eq(councilMemberships.deleted, false),
    or(isNull(councilMemberships.startDate), lte(councilMemberships.startDate, today)),
    or(isNull(councilMemberships.endDate), gte(councilMemberships.endDate, today)),
  );
}

/** The Gremien (by name) of each of these persons' current memberships. */
async function currentGremien(db: Executor, personIds: string[], today: string): Promise<Map<string, string[]>> {
  const gremien = new Map<string, string[]>();
  if (personIds.length === 0) return gremien;
  const rows = await db
    .select({ personId: councilMemberships.personId, name: councilOrganizations.name })
    .from(councilMemberships)
    .innerJoin(councilOrganizations, eq(councilOrganizations.id, councilMemberships.organizationId))
    .where(and(inArray(councilMemberships.personId, personIds), currentMembership(today), eq(councilOrganizations.deleted, false)))
    .orderBy(sql`${councilOrganizations.name} collate "und-x-icu"`);
  for (const row of rows) gremien.set(row.personId, [...(gremien.get(row.personId) ?? []), row.name ?? '']);
  return gremien;
}

export async function listMemberLinks(db: Executor, today: string, userId?: string): Promise<MemberLink[]> {
  const rows = await db
    .select({
      userId: councilMemberAccounts.userId,
      email: users.email,
      displayName: users.displayName,
      personId: councilMemberAccounts.personId,
      personName: sql<string>`coalesce(${councilPersons.name}, '')`,
      linkedAt: councilMemberAccounts.linkedAt,
    })
    .from(councilMemberAccounts)
    .innerJoin(users, eq(users.id, councilMemberAccounts.userId))
    .innerJoin(councilPersons, eq(councilPersons.id, councilMemberAccounts.personId))
    .where(userId ? eq(councilMemberAccounts.userId, userId) : undefined)
    .orderBy(sql`${councilPersons.name} collate "und-x-icu"`);
  const gremien = await currentGremien(
    db,
    rows.map((row) => row.personId),
    today,
  );
  return rows.map((row) => ({ ...row, gremien: gremien.get(row.personId) ?? [] }));
}

/** Persons not deleted and not linked yet, by name: the choices of the link form. */
export function unlinkedPersons(db: Executor): Promise<{ id: string; name: string }[]> {
  return db
    .select({ id: councilPersons.id, name: sql<string>`coalesce(${councilPersons.name}, '')` })
    .from(councilPersons)
    .leftJoin(councilMemberAccounts, eq(councilMemberAccounts.personId, councilPersons.id))
    .where(and(eq(councilPersons.deleted, false), isNull(councilMemberAccounts.userId)))
    .orderBy(sql`${councilPersons.name} collate "und-x-icu"`, asc(councilPersons.id));
}

/** One statement, so two staff linking at once cannot both win: the unique keys decide (undefined: taken). */
export async function insertLink(db: Executor, userId: string, personId: string): Promise<boolean> {
  const rows = await db.insert(councilMemberAccounts).values({ userId, personId }).onConflictDoNothing().returning({ userId: councilMemberAccounts.userId });
  return rows.length === 1;
}

export async function deleteLink(db: Executor, userId: string): Promise<{ personId: string } | undefined> {
  const [row] = await db.delete(councilMemberAccounts).where(eq(councilMemberAccounts.userId, userId)).returning({ personId: councilMemberAccounts.personId });
  return row;
}
