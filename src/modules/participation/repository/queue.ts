import { asc, eq, isNull, or, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../kernel/db';
import { participationComments, participationIdeas, type Visibility } from '../tables';

/** What waits for the moderation: contributions nobody has looked at yet, and those with open reports. */
export interface QueueItem {
  kind: 'idea' | 'comment';
  id: string;
  ideaId: string;
  ideaTitle: string;
  text: string;
  authorName: string | null;
  visibility: Visibility;
  createdAt: Date;
  openReports: number;
}

const QUEUE_LIMIT = 200;

const ideaReports = sql<number>`(select count(*)::int from participation_reports r
  where r.idea_id = participation_ideas.id and r.comment_id is null and r.resolved_at is null)`;
const commentReports = sql<number>`(select count(*)::int from participation_reports r
  where r.comment_id = participation_comments.id and r.resolved_at is null)`;

// The subqueries name the outer table in full: Drizzle writes a lone column unqualified, which the subquery would read as its own.

/** The queue, oldest first (who waited longest comes first), at most 200 of each kind. */
export async function moderationQueue(db: Executor): Promise<QueueItem[]> {
  const ideas = await db
    .select({
      id: participationIdeas.id,
      title: participationIdeas.title,
      body: participationIdeas.body,
      authorName: participationIdeas.authorName,
      visibility: participationIdeas.visibility,
      createdAt: participationIdeas.createdAt,
      openReports: ideaReports,
    })
    .from(participationIdeas)
    .where(or(isNull(participationIdeas.reviewedAt), sql`${ideaReports} > 0`))
    .orderBy(asc(participationIdeas.createdAt))
    .limit(QUEUE_LIMIT);
  const comments = await db
    .select({
      id: participationComments.id,
      ideaId: participationComments.ideaId,
      ideaTitle: participationIdeas.title,
      body: participationComments.body,
      authorName: participationComments.authorName,
      visibility: participationComments.visibility,
      createdAt: participationComments.createdAt,
      openReports: commentReports,
    })
    .from(participationComments)
    .innerJoin(participationIdeas, eq(participationIdeas.id, participationComments.ideaId))
    .where(sql`${participationComments.deletedAt} is null and (${participationComments.reviewedAt} is null or ${commentReports} > 0)`)
    .orderBy(asc(participationComments.createdAt))
    .limit(QUEUE_LIMIT);
  return [
    ...ideas.map((idea) => ({
      kind: 'idea' as const,
      id: idea.id,
      ideaId: idea.id,
      ideaTitle: idea.title,
      text: idea.body,
      authorName: idea.authorName,
      visibility: idea.visibility,
      createdAt: idea.createdAt,
      openReports: idea.openReports,
    })),
    ...comments.map((comment) => ({ kind: 'comment' as const, ...comment, text: comment.body })),
  ].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

/** The queue's size for "Meine Aufgaben", in one statement. */
export async function queueSize(db: Executor): Promise<number> {
  const [row] = await queryRows<{ size: number }>(
    db,
    sql`select
    (select count(*)::int from participation_ideas i where i.reviewed_at is null
      or exists (select 1 from participation_reports r where r.idea_id = i.id and r.comment_id is null and r.resolved_at is null))
    + (select count(*)::int from participation_comments c where c.deleted_at is null and (c.reviewed_at is null
      or exists (select 1 from participation_reports r where r.comment_id = c.id and r.resolved_at is null))) as size`,
  );
  return Number(row?.size ?? 0);
}
