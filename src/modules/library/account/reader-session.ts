import { and, eq, gt, sql } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { randomToken, sha256 } from '../../../kernel/auth';
import type { Executor } from '../../../kernel/db';
import { READER_COOKIE_PATH } from '../paths';
import { libraryReaderSessions } from '../tables/lending';

/**
 * Readers without a portal account log in with card number and PIN; this cookie (only below
 * /bildung/buecherei) carries a random token whose hash is the session row. A PIN reset at the desk
 * deletes the card's sessions.
 */
export const READER_COOKIE = 'sp_buecherei';
const SESSION_HOURS = 8;

export function readerToken(request: FastifyRequest): string | undefined {
  const token = request.cookies[READER_COOKIE];
  return token && token.length <= 100 ? token : undefined;
}

export async function startReaderSession(db: Executor, readerId: string, reply: FastifyReply, request: FastifyRequest): Promise<void> {
  const token = randomToken();
  await db.insert(libraryReaderSessions).values({ tokenHash: sha256(token), readerId, expiresAt: sql`now() + ${`${SESSION_HOURS} hours`}::interval` });
  reply.setCookie(READER_COOKIE, token, {
    path: READER_COOKIE_PATH,
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    maxAge: SESSION_HOURS * 3600,
  });
}

export async function readerIdOfToken(db: Executor, token: string): Promise<string | undefined> {
  const [row] = await db
    .select({ readerId: libraryReaderSessions.readerId })
    .from(libraryReaderSessions)
    .where(and(eq(libraryReaderSessions.tokenHash, sha256(token)), gt(libraryReaderSessions.expiresAt, sql`now()`)));
  return row?.readerId;
}

export async function endReaderSession(db: Executor, token: string | undefined, reply: FastifyReply): Promise<void> {
  if (token) await db.delete(libraryReaderSessions).where(eq(libraryReaderSessions.tokenHash, sha256(token)));
  reply.clearCookie(READER_COOKIE, { path: READER_COOKIE_PATH });
}
