import { and, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import { participationComments, participationIdeas, type IdeaRow, type IdeaStatus } from '../tables';

export interface IdeaListFilter {
  order: 'newest' | 'supported';
  status?: IdeaStatus | undefined;
  measureId?: string | undefined;
  limit: number;
  offset: number;
}

export interface IdeaListItem {
  id: string;
  title: string;
  status: IdeaStatus;
  measureId: string | null;
  supportCount: number;
  commentCount: number;
  createdAt: Date;
}

// The outer table named in full: Drizzle writes a lone column unqualified, which the subquery would read as its own.
const publishedComments = sql<number>`(select count(*)::int from ${participationComments} c
  where c.idea_id = participation_ideas.id and c.visibility = 'published' and c.deleted_at is null)`;

/** One page of the public ideas and the total in one statement (`count(*) over ()`); at most `limit` comment counts. */
export async function listPublicIdeas(db: Executor, filter: IdeaListFilter): Promise<{ total: number; items: IdeaListItem[] }> {
  const conditions: SQL[] = [eq(participationIdeas.visibility, 'published')];
  if (filter.status) conditions.push(eq(participationIdeas.status, filter.status));
  if (filter.measureId) conditions.push(eq(participationIdeas.measureId, filter.measureId));
  const order =
    filter.order === 'supported'
      ? [desc(participationIdeas.supportCount), desc(participationIdeas.createdAt), participationIdeas.id]
      : [desc(participationIdeas.createdAt), participationIdeas.id];
  const rows = await db
    .select({
      id: participationIdeas.id,
      title: participationIdeas.title,
      status: participationIdeas.status,
      measureId: participationIdeas.measureId,
      supportCount: participationIdeas.supportCount,
      commentCount: publishedComments,
      createdAt: participationIdeas.createdAt,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(participationIdeas)
    .where(and(...conditions))
    .orderBy(...order)
    .limit(filter.limit)
    .offset(filter.offset);
  const total = rows[0]?.total ?? (filter.offset > 0 ? await countPublicIdeas(db, conditions) : 0);
  return {
    total,
    items: rows.map((row) => ({
      id: row.id,
      title: row.title,
      status: row.status,
      measureId: row.measureId,
      supportCount: row.supportCount,
      commentCount: row.commentCount,
      createdAt: row.createdAt,
    })),
  };
}

/** Only for a page beyond the end (no row carries the total then). */
async function countPublicIdeas(db: Executor, conditions: SQL[]): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(participationIdeas)
    .where(and(...conditions));
  return row?.total ?? 0;
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
