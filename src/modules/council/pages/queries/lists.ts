import { and, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../../kernel/db/types';
import { councilMeetings, councilPapers } from '../../tables';

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
const PUBLIC_PAPER = and(eq(councilPapers.deleted, false), eq(councilPapers.public, true));

/** The newest public papers by their date (lists for everyone never show non-public ones). */
export function latestPapers(db: Executor, limit: number): Promise<PaperSummary[]> {
  return db
    .select(PAPER)
    .from(councilPapers)
    .where(PUBLIC_PAPER)
    .orderBy(sql`${councilPapers.date} desc nulls last`, desc(councilPapers.created), desc(councilPapers.id))
    .limit(limit);
}

/** The public papers changed last (the Atom feed). */
export function recentlyChangedPapers(db: Executor, limit: number): Promise<PaperSummary[]> {
  return db.select(PAPER).from(councilPapers).where(PUBLIC_PAPER).orderBy(desc(councilPapers.modified), desc(councilPapers.id)).limit(limit);
}

/** The meetings changed last (the Atom feed): new, moved, cancelled, with new documents. */
export function recentlyChangedMeetings(db: Executor, limit: number) {
  return db
    .select({
      id: councilMeetings.id,
      name: councilMeetings.name,
      start: councilMeetings.start,
      cancelled: councilMeetings.cancelled,
      created: councilMeetings.created,
      modified: councilMeetings.modified,
    })
    .from(councilMeetings)
    .where(eq(councilMeetings.deleted, false))
    .orderBy(desc(councilMeetings.modified), desc(councilMeetings.id))
    .limit(limit);
}
