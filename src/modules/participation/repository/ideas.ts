import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import { cachedQuery, type Executor } from '../../../kernel/db';
import { participationComments, participationIdeas, type IdeaRow, type IdeaStatus } from '../tables';

export interface IdeaListItem {
  id: string;
  title: string;
  status: IdeaStatus;
  measureId: string | null;
  supportCount: number;
  commentCount: number;
  createdAt: Date;
}

/** Every published idea in both orders the public list offers. */
export interface PublishedIdeas {
  newest: readonly IdeaListItem[];
  supported: readonly IdeaListItem[];
}

/**
 * The published ideas with their published comments' counts, kept until an idea or a comment
 * changes. A town's ideas number in the hundreds, a few thousand at most: every filter, order and
 * page of `/mitmachen` is then answered from memory, also the combinations no visitor asked for
 * before (which the page cache cannot help with), without a statement per request.
 */
const keptIdeas = cachedQuery({ tables: ['participation_ideas', 'participation_comments'], maxEntries: 1 }, (db) => loadPublishedIdeas(db));

export function publishedIdeas(db: Executor): Promise<PublishedIdeas> {
  return keptIdeas(db, 'all');
}

async function loadPublishedIdeas(db: Executor): Promise<PublishedIdeas> {
  const comments = db
    .select({ ideaId: participationComments.ideaId, count: count().as('count') })
    .from(participationComments)
    .where(and(eq(participationComments.visibility, 'published'), isNull(participationComments.deletedAt)))
    .groupBy(participationComments.ideaId)
    .as('comments');
  const rows = await db
    .select({
      id: participationIdeas.id,
      title: participationIdeas.title,
      status: participationIdeas.status,
      measureId: participationIdeas.measureId,
      supportCount: participationIdeas.supportCount,
      commentCount: sql<number>`coalesce(${comments.count}, 0)`.mapWith(Number),
      createdAt: participationIdeas.createdAt,
    })
    .from(participationIdeas)
    .leftJoin(comments, eq(comments.ideaId, participationIdeas.id))
    .where(eq(participationIdeas.visibility, 'published'))
    .orderBy(desc(participationIdeas.createdAt), participationIdeas.id);
  const bySupport = (a: IdeaListItem, b: IdeaListItem) => b.supportCount - a.supportCount;
  // Array.prototype.sort is stable: equal support keeps the newest-first order.
  return { newest: rows, supported: [...rows].sort(bySupport) };
}

export async function findIdea(db: Executor, id: string): Promise<IdeaRow | undefined> {
  const [row] = await db.select().from(participationIdeas).where(eq(participationIdeas.id, id));
  return row;
}

/** The idea row locked for a moderator's or a supporter's change. */
export async function lockIdea(tx: Executor, id: string): Promise<IdeaRow | undefined> {
  const [row] = await tx.select().from(participationIdeas).where(eq(participationIdeas.id, id)).for('update');
  return row;
}

/** Inserts unless the same text is there already (the unique hash decides, also between two processes). */
export async function insertIdea(tx: Executor, values: typeof participationIdeas.$inferInsert): Promise<IdeaRow | undefined> {
  const [row] = await tx.insert(participationIdeas).values(values).onConflictDoNothing({ target: participationIdeas.textHash }).returning();
  return row;
}

export async function updateIdea(tx: Executor, id: string, values: Partial<typeof participationIdeas.$inferInsert>): Promise<void> {
  await tx
    .update(participationIdeas)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(participationIdeas.id, id));
}

export async function ideasOf(db: Executor, authorId: string): Promise<IdeaRow[]> {
  return db.select().from(participationIdeas).where(eq(participationIdeas.authorId, authorId)).orderBy(desc(participationIdeas.createdAt));
}
