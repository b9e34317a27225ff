import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import { participationComments, participationIdeas, type CommentRow } from '../tables';

/** Every comment of an idea in writing order (replies sorted under their comment by the presenter). */
export function commentsOf(db: Executor, ideaId: string): Promise<CommentRow[]> {
  return db
    .select()
    .from(participationComments)
    .where(eq(participationComments.ideaId, ideaId))
    .orderBy(asc(participationComments.createdAt), participationComments.id)
    .limit(1000);
}

export async function findComment(db: Executor, id: string): Promise<CommentRow | undefined> {
  const [row] = await db.select().from(participationComments).where(eq(participationComments.id, id));
  return row;
}

export async function insertComment(tx: Executor, values: typeof participationComments.$inferInsert): Promise<CommentRow> {
  const [row] = await tx.insert(participationComments).values(values).returning();
  return row!;
}

/** The same text by the same person under the same idea, not deleted: a second click of "Absenden". */
export async function hasSameComment(db: Executor, { ideaId, authorId, textHash }: { ideaId: string; authorId: string; textHash: string }): Promise<boolean> {
  const [row] = await db
    .select({ id: participationComments.id })
    .from(participationComments)
    .where(
      and(
        eq(participationComments.ideaId, ideaId),
        eq(participationComments.authorId, authorId),
        eq(participationComments.textHash, textHash),
        isNull(participationComments.deletedAt),
      ),
    )
    .limit(1);
  return row !== undefined;
}

export async function updateComment(tx: Executor, id: string, values: Partial<typeof participationComments.$inferInsert>): Promise<void> {
  await tx.update(participationComments).set(values).where(eq(participationComments.id, id));
}

/** The person's comments with their idea's title, newest first. */
export function commentsBy(db: Executor, authorId: string) {
  return db
    .select({
      id: participationComments.id,
      ideaId: participationComments.ideaId,
      ideaTitle: participationIdeas.title,
      body: participationComments.body,
      visibility: participationComments.visibility,
      hiddenReason: participationComments.hiddenReason,
      createdAt: participationComments.createdAt,
      editedAt: participationComments.editedAt,
      deletedAt: participationComments.deletedAt,
    })
    .from(participationComments)
    .innerJoin(participationIdeas, eq(participationIdeas.id, participationComments.ideaId))
    .where(eq(participationComments.authorId, authorId))
    .orderBy(desc(participationComments.createdAt));
}
