import { and, desc, eq, isNotNull, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../../kernel/db/types';
import { councilBodies, councilMeetings, councilPapers } from '../../tables';

/** A public paper as lists and feeds show it. */
export interface PaperSummary {
  id: string;
  name: string | null;
  reference: string | null;
  date: string | null;
  paperType: string | null;
  created: Date;
  modified: Date;
}

const PAPER = {
  id: councilPapers.id,
  name: councilPapers.name,
  reference: councilPapers.reference,
  date: councilPapers.date,
  paperType: councilPapers.paperType,
  created: councilPapers.created,
  modified: councilPapers.modified,
};
const publicPaperOf = (bodyId: string): SQL => and(eq(councilPapers.bodyId, bodyId), eq(councilPapers.deleted, false), eq(councilPapers.public, true))!;

/**
 * The newest `limit` rows over every body, asked body by body: the tables' indexes lead with the body
 * (`(body_id, date)`, `(body_id, modified, id)`), so each query reads only its first rows in index order
 * instead of sorting every paper. A portal holds one body, rarely a few.
 */
async function newestOverBodies<T>(db: Executor, limit: number, query: (bodyId: string) => Promise<T[]>, newer: (a: T, b: T) => number): Promise<T[]> {
  const bodies = await db.select({ id: councilBodies.id }).from(councilBodies);
  const rows = (await Promise.all(bodies.map((body) => query(body.id)))).flat();
  return rows.sort(newer).slice(0, limit);
}

const byModified = (a: { modified: Date }, b: { modified: Date }) => b.modified.getTime() - a.modified.getTime();

/** The newest public papers by their date (papers without a date are not "new"; lists for everyone never show non-public ones). */
export function latestPapers(db: Executor, limit: number): Promise<PaperSummary[]> {
  return newestOverBodies(
    db,
    limit,
    (bodyId) =>
      db
        .select(PAPER)
        .from(councilPapers)
        .where(and(publicPaperOf(bodyId), isNotNull(councilPapers.date)))
        .orderBy(desc(councilPapers.date))
        .limit(limit),
    (a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.created.getTime() - a.created.getTime(),
  );
}

/** The public papers changed last (the Atom feed). */
export function recentlyChangedPapers(db: Executor, limit: number): Promise<PaperSummary[]> {
  return newestOverBodies(
    db,
    limit,
    (bodyId) => db.select(PAPER).from(councilPapers).where(publicPaperOf(bodyId)).orderBy(desc(councilPapers.modified), desc(councilPapers.id)).limit(limit),
    byModified,
  );
}

/** The meetings changed last (the Atom feed): new, moved, cancelled, with new documents. */
export function recentlyChangedMeetings(db: Executor, limit: number) {
  return newestOverBodies(
    db,
    limit,
    (bodyId) =>
      db
        .select({
          id: councilMeetings.id,
          name: councilMeetings.name,
          start: councilMeetings.start,
          cancelled: councilMeetings.cancelled,
          created: councilMeetings.created,
          modified: councilMeetings.modified,
        })
        .from(councilMeetings)
        .where(and(eq(councilMeetings.bodyId, bodyId), eq(councilMeetings.deleted, false)))
        .orderBy(desc(councilMeetings.modified), desc(councilMeetings.id))
        .limit(limit),
    byModified,
  );
}
