import { eq } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/types';
import { apiTokens, datasetRevisions, datasets, memberships, organizations, type MemberCapacity } from '../tables';

/** A person's capacity in each organisation they belong to (their `PublisherAccess`). */
export async function capacitiesOf(db: Executor, userId: string): Promise<Map<string, MemberCapacity>> {
  const rows = await db
    .select({ organizationId: memberships.organizationId, capacity: memberships.capacity })
    .from(memberships)
    .where(eq(memberships.userId, userId));
  return new Map(rows.map((row) => [row.organizationId, row.capacity]));
}

/** What the catalogue holds about a person, for "Meine Daten". */
export async function personalRecords(db: Executor, userId: string) {
  const [memberOf, tokens, authored] = await Promise.all([
    db
      .select({ organization: organizations.title, capacity: memberships.capacity, since: memberships.createdAt })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
      .where(eq(memberships.userId, userId)),
    db
      .select({ name: apiTokens.name, scope: apiTokens.scope, createdAt: apiTokens.createdAt, lastUsedAt: apiTokens.lastUsedAt })
      .from(apiTokens)
      .where(eq(apiTokens.userId, userId)),
    db.select({ name: datasets.name, title: datasets.title }).from(datasets).where(eq(datasets.createdBy, userId)),
  ]);
  return { memberOf, tokens, authored };
}

/** Account deletion: memberships and tokens go, the datasets stay without the person's id. */
export async function forgetPerson(tx: Executor, userId: string): Promise<{ memberships: number; tokens: number; datasets: number }> {
  const removedMemberships = await tx.delete(memberships).where(eq(memberships.userId, userId)).returning({ id: memberships.userId });
  const removedTokens = await tx.delete(apiTokens).where(eq(apiTokens.userId, userId)).returning({ id: apiTokens.id });
  const authored = await tx.update(datasets).set({ createdBy: null }).where(eq(datasets.createdBy, userId)).returning({ id: datasets.id });
  const revised = await tx
    .update(datasetRevisions)
    .set({ changedBy: null })
    .where(eq(datasetRevisions.changedBy, userId))
    .returning({ id: datasetRevisions.datasetId });
  const touched = new Set([...authored.map((row) => row.id), ...revised.map((row) => row.id)]);
  return { memberships: removedMemberships.length, tokens: removedTokens.length, datasets: touched.size };
}
