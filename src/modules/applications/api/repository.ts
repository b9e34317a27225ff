import { and, asc, eq, gt, ne, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import type { ApplicationRow } from '../repository';
import { applications } from '../tables';
import type { ApplicationStatus } from '../workflow';

export interface ApiListQuery {
  /** null: a portal-wide token sees every department. */
  departmentId: string | null;
  status?: ApplicationStatus;
  submittedSince?: Date;
  /** Keyset cursor: the last item of the previous page. */
  after?: { submittedAt: Date; id: string };
  limit: number;
}

/** Submitted applications in submission order; drafts are never handed over. */
export function listForApi(db: Executor, query: ApiListQuery): Promise<ApplicationRow[]> {
  const conditions: (SQL | undefined)[] = [ne(applications.status, 'draft')];
  if (query.departmentId) conditions.push(eq(applications.departmentId, query.departmentId));
  if (query.status) conditions.push(eq(applications.status, query.status));
  if (query.submittedSince) conditions.push(gt(applications.submittedAt, query.submittedSince));
  if (query.after) {
    const { submittedAt, id } = query.after;
    conditions.push(or(gt(applications.submittedAt, submittedAt), and(eq(applications.submittedAt, submittedAt), gt(applications.id, id))));
  }
  return db
    .select()
    .from(applications)
    .where(and(...conditions))
    .orderBy(asc(applications.submittedAt), asc(applications.id))
    .limit(query.limit);
}
