import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Executor } from '../../../../kernel/db';
import { councilMemberships, councilOrganizations } from '../../tables';

export type CouncilOrganization = typeof councilOrganizations.$inferSelect;

const byName = sql`coalesce(${councilOrganizations.name}, '') collate "und-x-icu"`;

export interface GremiumRow extends CouncilOrganization {
  memberCount: number;
}

/** Every Gremium, Fraktion… not deleted, by name, with its current members counted. */
export function listGremien(db: Executor, today: string): Promise<GremiumRow[]> {
  const members = sql<number>`(select count(*)::int from ${councilMemberships} m where m.organization_id = council_organizations.id
    and not m.deleted and (m.end_date is null or m.end_date >= ${today}))`;
  return db
    .select({ ...getTableColumns(councilOrganizations), memberCount: members })
    .from(councilOrganizations)
    .where(eq(councilOrganizations.deleted, false))
    .orderBy(byName);
}

export async function findGremium(db: Executor, id: string): Promise<CouncilOrganization | undefined> {
  const [row] = await db
    .select()
    .from(councilOrganizations)
    .where(and(eq(councilOrganizations.id, id), eq(councilOrganizations.deleted, false)));
  return row;
}

/** The slugs of a body that start like this one (deleted Gremien keep theirs: their pages answer 410). */
export async function slugsLike(db: Executor, bodyId: string, base: string): Promise<Set<string>> {
  const rows = await db
    .select({ slug: councilOrganizations.slug })
    .from(councilOrganizations)
    .where(and(eq(councilOrganizations.bodyId, bodyId), sql`${councilOrganizations.slug} like ${`${base}%`}`));
  return new Set(rows.map((row) => row.slug));
}

export async function insertGremium(db: Executor, values: typeof councilOrganizations.$inferInsert): Promise<string> {
  const [row] = await db.insert(councilOrganizations).values(values).returning({ id: councilOrganizations.id });
  return row!.id;
}

export async function updateGremium(db: Executor, id: string, values: Partial<typeof councilOrganizations.$inferInsert>): Promise<void> {
  await db
    .update(councilOrganizations)
    .set({ ...values, modified: new Date() })
    .where(eq(councilOrganizations.id, id));
}
