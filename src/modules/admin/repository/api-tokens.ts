import { desc, eq } from 'drizzle-orm';
import { apiTokens, departments } from '../../../kernel/auth';
import type { Executor } from '../../../kernel/db';

/** An API access as the pages show it; the token itself is never stored, only its hash. */
export interface ApiAccessRow {
  id: string;
  name: string;
  departmentId: string | null;
  /** Null for a portal-wide token (all departments). */
  departmentName: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const columns = {
  id: apiTokens.id,
  name: apiTokens.name,
  departmentId: apiTokens.departmentId,
  departmentName: departments.name,
  createdAt: apiTokens.createdAt,
  lastUsedAt: apiTokens.lastUsedAt,
  revokedAt: apiTokens.revokedAt,
};

/** Newest first; there are a handful per portal, so no paging. */
export function listApiAccesses(db: Executor): Promise<ApiAccessRow[]> {
  return db
    .select(columns)
    .from(apiTokens)
    .leftJoin(departments, eq(departments.id, apiTokens.departmentId))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
}

export async function findApiAccess(db: Executor, id: string): Promise<ApiAccessRow | undefined> {
  const [row] = await db.select(columns).from(apiTokens).leftJoin(departments, eq(departments.id, apiTokens.departmentId)).where(eq(apiTokens.id, id)).limit(1);
  return row;
}
