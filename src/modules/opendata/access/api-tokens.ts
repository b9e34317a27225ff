import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { currentUserOf, randomToken, sha256, userDepartments, userPermissions, users, type CurrentUser } from '../../../kernel/auth';
import type { Executor } from '../../../kernel/db';
import { publisherAccess, type PublisherAccess } from '../policies';
import { capacitiesOf } from '../repository/people';
import { apiTokens, type TokenScope } from '../tables';

/** The prefix makes a leaked key recognisable to secret scanners and tells it apart from the kernel's `/api/v1` keys (`sp_`). */
const PREFIX = 'sp_ckan_';
const TOKEN = /^sp_ckan_[\w-]{20,100}$/;
/** `last_used_at` is written at most this often, so an API client's requests are reads, not a write each. */
const TOUCH_AFTER_SECONDS = 60;

export interface NewCkanToken {
  name: string;
  scope: TokenScope;
  expiresAt: Date | null;
}

/** Creates a person's CKAN key; the key itself is returned once, only its SHA-256 is stored. */
export async function createCkanToken(tx: Executor, userId: string, input: NewCkanToken): Promise<{ id: string; token: string }> {
  const token = `${PREFIX}${randomToken()}`;
  const [row] = await tx
    .insert(apiTokens)
    .values({ userId, name: input.name, scope: input.scope, expiresAt: input.expiresAt, tokenHash: sha256(token) })
    .returning({ id: apiTokens.id });
  return { id: row!.id, token };
}

/** Revokes one of the person's keys; false when it is unknown, someone else's or revoked already. */
export async function revokeCkanToken(tx: Executor, userId: string, tokenId: string): Promise<boolean> {
  const rows = await tx
    .update(apiTokens)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}

export interface CkanClient {
  tokenId: string;
  user: CurrentUser;
  scope: TokenScope;
  access: PublisherAccess;
}

/**
 * The person behind a CKAN API key (read from the request by the CKAN route: raw, Bearer or
 * X-CKAN-API-Key), with the key's scope and their capacities in the
 * organisations; null for a missing, unknown, revoked or expired key and for a disabled account.
 */
export async function authenticateCkanToken(db: Executor, token: string): Promise<CkanClient | null> {
  if (!TOKEN.test(token)) return null;
  const [row] = await db
    .select({
      tokenId: apiTokens.id,
      scope: apiTokens.scope,
      lastUsedAt: apiTokens.lastUsedAt,
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      emailVerifiedAt: users.emailVerifiedAt,
      departments: sql<string[]>`array(select ${userDepartments.departmentId} from ${userDepartments} where ${userDepartments.userId} = ${users.id})`,
      permissions: sql<string[]>`array(select ${userPermissions.permission} from ${userPermissions} where ${userPermissions.userId} = ${users.id})`,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(
      and(
        eq(apiTokens.tokenHash, sha256(token)),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), sql`${apiTokens.expiresAt} > now()`),
        isNull(users.disabledAt),
      ),
    );
  if (!row) return null;
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > TOUCH_AFTER_SECONDS * 1000) {
    // Conditional, so parallel requests of one client write the time once.
    await db
      .update(apiTokens)
      .set({ lastUsedAt: sql`now()` })
      .where(
        and(
          eq(apiTokens.id, row.tokenId),
          or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, sql`now() - ${`${TOUCH_AFTER_SECONDS} seconds`}::interval`)),
        ),
      );
  }
  const user = currentUserOf(row);
  return { tokenId: row.tokenId, user, scope: row.scope, access: publisherAccess(user, await capacitiesOf(db, user.id)) };
}
