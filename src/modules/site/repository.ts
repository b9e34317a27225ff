import { and, count, desc, eq, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../kernel/db';
import { accessibilityReports, siteNews, type AccessibilityReportStatus } from './tables';

export type NewsItem = typeof siteNews.$inferSelect;
export type AccessibilityReport = typeof accessibilityReports.$inferSelect;

export function latestNews(db: Executor, limit = 3): Promise<NewsItem[]> {
  return db
    .select()
    .from(siteNews)
    .where(lte(siteNews.publishedAt, sql`now()`))
    .orderBy(desc(siteNews.publishedAt))
    .limit(limit);
}

export async function insertAccessibilityReport(
  db: Executor,
  values: { page: string | undefined; description: string; contactEmail: string | undefined; name: string | undefined },
): Promise<AccessibilityReport> {
  const [row] = await db
    .insert(accessibilityReports)
    .values({ page: values.page ?? null, description: values.description, contactEmail: values.contactEmail ?? null, name: values.name ?? null })
    .returning();
  if (!row) throw new Error('insert into accessibility_reports returned no row');
  return row;
}

const statusFilter = (status: AccessibilityReportStatus | undefined) => (status ? eq(accessibilityReports.status, status) : undefined);

/** Newest first; `status` narrows the list (the back office's filter). */
export function listAccessibilityReports(
  db: Executor,
  options: { status?: AccessibilityReportStatus; limit: number; offset: number },
): Promise<AccessibilityReport[]> {
  return db
    .select()
    .from(accessibilityReports)
    .where(statusFilter(options.status))
    .orderBy(desc(accessibilityReports.createdAt), desc(accessibilityReports.number))
    .limit(options.limit)
    .offset(options.offset);
}

export async function countAccessibilityReports(db: Executor, status?: AccessibilityReportStatus): Promise<number> {
  const [row] = await db.select({ value: count() }).from(accessibilityReports).where(statusFilter(status));
  return row?.value ?? 0;
}

export async function findAccessibilityReport(db: Executor, id: string, options: { forUpdate?: boolean } = {}): Promise<AccessibilityReport | undefined> {
  const query = db.select().from(accessibilityReports).where(eq(accessibilityReports.id, id)).limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/** Sets the status only if it is still `from`: two staff members saving at once cannot both "win" silently. */
export async function updateAccessibilityReportStatus(
  db: Executor,
  id: string,
  from: AccessibilityReportStatus,
  to: AccessibilityReportStatus,
): Promise<boolean> {
  const rows = await db
    .update(accessibilityReports)
    .set({ status: to, updatedAt: sql`now()` })
    .where(and(eq(accessibilityReports.id, id), eq(accessibilityReports.status, from)))
    .returning({ id: accessibilityReports.id });
  return rows.length > 0;
}
