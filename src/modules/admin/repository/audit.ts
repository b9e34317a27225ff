import { and, desc, eq, ilike, like, sql, type SQL } from 'drizzle-orm';
import { auditLog } from '../../../kernel/audit';
import type { Executor } from '../../../kernel/db';
import { containsPattern, escapeLike, offsetOf, type PageRequest, type Paged } from './paging';

export type AuditRow = typeof auditLog.$inferSelect;

export interface AuditListFilter {
  /** Prefix: `admin.` finds every action of the admin module. */
  action?: string | undefined;
  actor?: string | undefined;
  objectType?: string | undefined;
  objectId?: string | undefined;
  /** ISO dates, inclusive, as days in Europe/Berlin (what the person means by "am 27.03."). */
  from?: string | undefined;
  to?: string | undefined;
}

function auditConditions(filter: AuditListFilter): SQL | undefined {
  const parts: SQL[] = [];
  if (filter.action) parts.push(like(auditLog.action, `${escapeLike(filter.action)}%`));
  if (filter.actor) parts.push(ilike(auditLog.actorLabel, containsPattern(filter.actor)));
  if (filter.objectType) parts.push(eq(auditLog.objectType, filter.objectType));
  if (filter.objectId) parts.push(eq(auditLog.objectId, filter.objectId));
  if (filter.from) parts.push(sql`${auditLog.at} >= (${filter.from}::date)::timestamp at time zone 'Europe/Berlin'`);
  if (filter.to) parts.push(sql`${auditLog.at} < ((${filter.to}::date + 1)::timestamp at time zone 'Europe/Berlin')`);
  return and(...parts);
}

/** Newest first; the id breaks ties between entries of one transaction (same `now()`). */
export async function listAuditEntries(db: Executor, filter: AuditListFilter, request: PageRequest): Promise<Paged<AuditRow>> {
  const where = auditConditions(filter);
  const rows = await db.select().from(auditLog).where(where).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(request.pageSize).offset(offsetOf(request));
  const [count] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(where);
  return { rows, total: count?.total ?? 0 };
}

/** The latest entries about one object: the history shown beside it. */
export function historyOf(db: Executor, objectType: string, objectId: string, limit = 10): Promise<AuditRow[]> {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.objectType, objectType), eq(auditLog.objectId, objectId)))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit);
}
