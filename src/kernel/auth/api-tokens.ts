import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../db/types';
import { apiTokens } from './tables';
import { randomToken, sha256 } from './tokens';

/** The client behind an API request authenticated by a bearer token. */
export interface ApiClient {
  tokenId: string;
  name: string;
  departmentId: string | null;
}

/** The prefix makes leaked tokens recognisable to secret scanners and in logs. */
const PREFIX = 'sp_';

export async function createApiToken(db: Executor, input: { name: string; departmentId?: string }): Promise<{ id: string; token: string }> {
  const token = `${PREFIX}${randomToken()}`;
  const [row] = await db
    .insert(apiTokens)
    .values({ name: input.name, departmentId: input.departmentId ?? null, tokenHash: sha256(token) })
    .returning({ id: apiTokens.id });
  return { id: row!.id, token };
}

/** True when a token was revoked now; revoking twice or an unknown id changes nothing. */
export async function revokeApiToken(db: Executor, id: string): Promise<boolean> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}

/** Reads `Authorization: Bearer sp_…`; null for a missing, unknown or revoked token. */
export async function authenticateApiToken(db: Executor, authorization: string | undefined): Promise<ApiClient | null> {
  const match = /^Bearer (sp_[\w-]{20,100})$/.exec(authorization ?? '');
  if (!match) return null;
  const [row] = await db
    .update(apiTokens)
    .set({ lastUsedAt: sql`now()` })
    .where(and(eq(apiTokens.tokenHash, sha256(match[1]!)), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id, name: apiTokens.name, departmentId: apiTokens.departmentId });
  return row ? { tokenId: row.id, name: row.name, departmentId: row.departmentId } : null;
}
