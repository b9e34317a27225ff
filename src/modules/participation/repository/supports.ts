import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import { participationIdeas, participationSupports } from '../tables';

/**
 * Toggles the person's support in one transaction's two statements: the support row decides (its
 * primary key: one per person, also between two processes) and the count moves only by the row
 * that was really inserted or deleted, so a double click or two tabs never count twice.
 */
export async function toggleSupport(tx: Executor, ideaId: string, userId: string): Promise<{ supported: boolean; count: number }> {
  const inserted = await tx.insert(participationSupports).values({ ideaId, userId }).onConflictDoNothing().returning({ ideaId: participationSupports.ideaId });
  let delta = inserted.length;
  if (delta === 0) {
    const deleted = await tx
      .delete(participationSupports)
      .where(and(eq(participationSupports.ideaId, ideaId), eq(participationSupports.userId, userId)))
      .returning({ ideaId: participationSupports.ideaId });
    delta = -deleted.length;
  }
  const [row] = await tx
    .update(participationIdeas)
    .set({ supportCount: sql`${participationIdeas.supportCount} + ${delta}` })
    .where(eq(participationIdeas.id, ideaId))
    .returning({ count: participationIdeas.supportCount });
  return { supported: delta > 0, count: row?.count ?? 0 };
}

export async function supports(db: Executor, ideaId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ ideaId: participationSupports.ideaId })
    .from(participationSupports)
    .where(and(eq(participationSupports.ideaId, ideaId), eq(participationSupports.userId, userId)));
  return row !== undefined;
}

/** Deletes every support of the person and lowers each idea's count by it (account deletion). */
export async function withdrawAllSupports(tx: Executor, userId: string): Promise<number> {
  const deleted = await tx.delete(participationSupports).where(eq(participationSupports.userId, userId)).returning({ ideaId: participationSupports.ideaId });
  for (const { ideaId } of deleted) {
    await tx
      .update(participationIdeas)
      .set({ supportCount: sql`greatest(${participationIdeas.supportCount} - 1, 0)` })
      .where(eq(participationIdeas.id, ideaId));
  }
  return deleted.length;
}

export function supportsBy(db: Executor, userId: string) {
  return db
    .select({ ideaId: participationSupports.ideaId, title: participationIdeas.title, createdAt: participationSupports.createdAt })
    .from(participationSupports)
    .innerJoin(participationIdeas, eq(participationIdeas.id, participationSupports.ideaId))
    .where(eq(participationSupports.userId, userId))
    .orderBy(participationSupports.createdAt);
}
