import { desc, eq } from 'drizzle-orm';
import type { Executor } from '../../../../kernel/db';
import { apiTokens } from '../../tables';

/** A person's CKAN keys, newest first (never the key: only its hash exists). */
export async function listTokens(db: Executor, userId: string) {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      scope: apiTokens.scope,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      expiresAt: apiTokens.expiresAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.createdAt));
}

export type TokenRow = Awaited<ReturnType<typeof listTokens>>[number];
