import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { randomToken, sessions, sha256 } from '../../../kernel/auth';
import type { Executor } from '../../../kernel/db';
import { openIdLibrary, type LoginChecks } from './client';

/**
 * Where a login attempt waits between /konto/oidc/start and the provider's redirect back.
 *
 * Why the kernel `sessions` table and not a signed cookie holding the checks: the portal keeps no
 * session for anonymous visitors, so the attempt needs a home of its own, and a row
 *  - is single-use by construction: the callback deletes it with `DELETE … RETURNING`, so a
 *    replayed or doubled callback finds nothing, whatever the provider does with the code;
 *  - keeps the PKCE verifier and nonce on the server (a signed cookie is readable, only not forgeable);
 *  - expires by itself and is removed by the kernel's hourly session pruning.
 * The row has no user_id, so the kernel never mistakes it for a login (loadSession joins users),
 * and its handle travels in a cookie of its own, not in sp_session. The browser holds only a random
 * handle (HttpOnly, SameSite=Lax so it comes back on the provider's top-level redirect, path limited
 * to /konto/oidc); the database keeps its SHA-256, like every other session id.
 */
export const PENDING_COOKIE = 'sp_oidc';
const PENDING_PATH = '/konto/oidc';
/** Long enough to log in at a BundID gateway with an ID card, short enough that stale attempts die. */
export const PENDING_TTL_SECONDS = 15 * 60;

const PendingLoginSchema = z.object({
  kind: z.literal('oidc-login'),
  codeVerifier: z.string().min(43),
  state: z.string().min(1),
  nonce: z.string().min(1),
  next: z.string(),
});
export type PendingLogin = z.infer<typeof PendingLoginSchema>;

export async function newLoginChecks(): Promise<LoginChecks> {
  const client = await openIdLibrary();
  return { codeVerifier: client.randomPKCECodeVerifier(), state: client.randomState(), nonce: client.randomNonce() };
}

function cookieOptions(request: FastifyRequest) {
  return { path: PENDING_PATH, httpOnly: true, sameSite: 'lax' as const, secure: request.protocol === 'https' };
}

/** Stores a new attempt and hands the browser its handle; an older attempt of this browser is dropped. */
export async function savePendingLogin(db: Executor, request: FastifyRequest, reply: FastifyReply, checks: LoginChecks, next: string): Promise<void> {
  const previous = request.cookies[PENDING_COOKIE];
  if (previous) await deletePending(db, previous);
  const handle = randomToken();
  const data: PendingLogin = { kind: 'oidc-login', ...checks, next };
  await db.insert(sessions).values({
    idHash: sha256(handle),
    userId: null,
    data,
    expiresAt: sql`now() + ${`${PENDING_TTL_SECONDS} seconds`}::interval`,
  });
  reply.setCookie(PENDING_COOKIE, handle, { ...cookieOptions(request), maxAge: PENDING_TTL_SECONDS });
}

/**
 * Takes this browser's attempt out of the database, exactly once, and clears the cookie.
 * Null when there is none: never started here, expired, or already used.
 */
export async function takePendingLogin(db: Executor, request: FastifyRequest, reply: FastifyReply): Promise<PendingLogin | null> {
  const handle = request.cookies[PENDING_COOKIE];
  if (!handle) return null;
  reply.clearCookie(PENDING_COOKIE, cookieOptions(request));
  if (handle.length > 64) return null;
  const [row] = await db
    .delete(sessions)
    .where(and(eq(sessions.idHash, sha256(handle)), isNull(sessions.userId), gt(sessions.expiresAt, sql`now()`)))
    .returning({ data: sessions.data });
  const parsed = PendingLoginSchema.safeParse(row?.data);
  return parsed.success ? parsed.data : null;
}

async function deletePending(db: Executor, handle: string): Promise<void> {
  if (handle.length > 64) return;
  await db.delete(sessions).where(and(eq(sessions.idHash, sha256(handle)), isNull(sessions.userId)));
}
