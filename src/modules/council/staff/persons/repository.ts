import { and, asc, eq, getTableColumns, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../../../kernel/db';
import { councilMemberships, councilOrganizations, councilPersons } from '../../tables';

export type CouncilPerson = typeof councilPersons.$inferSelect;
export type CouncilMembership = typeof councilMemberships.$inferSelect;

export interface PersonRow extends CouncilPerson {
  membershipCount: number;
}

/** Every person not deleted, by family name, with the number of memberships. */
export function listPersons(db: Executor): Promise<PersonRow[]> {
  const memberships = sql<number>`(select count(*)::int from council_memberships m where m.person_id = council_persons.id and not m.deleted)`;
  return db
    .select({ ...getTableColumns(councilPersons), membershipCount: memberships })
    .from(councilPersons)
    .where(eq(councilPersons.deleted, false))
    .orderBy(sql`coalesce(${councilPersons.familyName}, ${councilPersons.name}) collate "und-x-icu"`, asc(councilPersons.id));
}

export async function findPerson(db: Executor, id: string): Promise<CouncilPerson | undefined> {
  const [row] = await db
    .select()
    .from(councilPersons)
    .where(and(eq(councilPersons.id, id), eq(councilPersons.deleted, false)));
  return row;
}

export async function insertPerson(db: Executor, values: typeof councilPersons.$inferInsert): Promise<string> {
  const [row] = await db.insert(councilPersons).values(values).returning({ id: councilPersons.id });
  return row!.id;
}

export async function updatePerson(db: Executor, id: string, values: Partial<typeof councilPersons.$inferInsert>): Promise<void> {
  await db
    .update(councilPersons)
    .set({ ...values, modified: new Date() })
    .where(eq(councilPersons.id, id));
}

export interface MembershipRow extends CouncilMembership {
  gremium: string;
  onBehalfOf: string | null;
}

const faction = alias(councilOrganizations, 'faction');

/** A person's memberships not deleted, the latest first. */
export function membershipsOf(db: Executor, personId: string): Promise<MembershipRow[]> {
  return db
    .select({ ...getTableColumns(councilMemberships), gremium: sql<string>`coalesce(${councilOrganizations.name}, '')`, onBehalfOf: faction.name })
    .from(councilMemberships)
    .innerJoin(councilOrganizations, eq(councilOrganizations.id, councilMemberships.organizationId))
    .leftJoin(faction, eq(faction.id, councilMemberships.onBehalfOfId))
    .where(and(eq(councilMemberships.personId, personId), eq(councilMemberships.deleted, false)))
    .orderBy(sql`${councilMemberships.startDate} desc nulls last`, asc(councilMemberships.id));
}

export async function findMembership(db: Executor, personId: string, id: string): Promise<CouncilMembership | undefined> {
  const [row] = await db
    .select()
    .from(councilMemberships)
    .where(and(eq(councilMemberships.id, id), eq(councilMemberships.personId, personId), eq(councilMemberships.deleted, false)));
  return row;
}

/**
 * Writes a membership and moves the person's `modified` (OParl embeds memberships in the Person),
 * so clients syncing persons by `modified_since` see the change.
 */
export async function saveMembershipRow(db: Executor, id: string | undefined, values: typeof councilMemberships.$inferInsert): Promise<string> {
  const now = new Date();
  let saved = id;
  if (id) {
    await db
      .update(councilMemberships)
      .set({ ...values, modified: now })
      .where(eq(councilMemberships.id, id));
  } else saved = (await db.insert(councilMemberships).values(values).returning({ id: councilMemberships.id }))[0]!.id;
  await db.update(councilPersons).set({ modified: now }).where(eq(councilPersons.id, values.personId));
  return saved!;
}
