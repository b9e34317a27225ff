import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import { participationReports } from '../tables';

export interface ReportTarget {
  ideaId: string;
  /** Null for the idea itself. */
  commentId: string | null;
}

const sameTarget = ({ ideaId, commentId }: ReportTarget) =>
  and(eq(participationReports.ideaId, ideaId), commentId ? eq(participationReports.commentId, commentId) : isNull(participationReports.commentId));

/** Whether this person has an open report of this item already (a second one adds nothing). */
export async function hasOpenReport(db: Executor, target: ReportTarget, reporterId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: participationReports.id })
    .from(participationReports)
    .where(and(sameTarget(target), eq(participationReports.reporterId, reporterId), isNull(participationReports.resolvedAt)))
    .limit(1);
  return row !== undefined;
}

export async function insertReport(tx: Executor, values: typeof participationReports.$inferInsert): Promise<string> {
  const [row] = await tx.insert(participationReports).values(values).returning({ id: participationReports.id });
  return row!.id;
}

/** A moderator decided on the item: its open reports are done. */
export async function resolveReports(tx: Executor, target: ReportTarget): Promise<number> {
  const rows = await tx
    .update(participationReports)
    .set({ resolvedAt: sql`now()` })
    .where(and(sameTarget(target), isNull(participationReports.resolvedAt)))
    .returning({ id: participationReports.id });
  return rows.length;
}

export function openReportsOf(db: Executor, target: ReportTarget) {
  return db
    .select({ id: participationReports.id, reason: participationReports.reason, createdAt: participationReports.createdAt })
    .from(participationReports)
    .where(and(sameTarget(target), isNull(participationReports.resolvedAt)))
    .orderBy(participationReports.createdAt)
    .limit(100);
}

export function reportsBy(db: Executor, reporterId: string) {
  return db
    .select({
      ideaId: participationReports.ideaId,
      commentId: participationReports.commentId,
      reason: participationReports.reason,
      createdAt: participationReports.createdAt,
      resolvedAt: participationReports.resolvedAt,
    })
    .from(participationReports)
    .where(eq(participationReports.reporterId, reporterId))
    .orderBy(participationReports.createdAt);
}
