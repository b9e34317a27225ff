import { eq, sql } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { audit } from '../../kernel/audit';
import { createSession, destroySession, users, type UserRow } from '../../kernel/auth';
import type { Database } from '../../kernel/db';

/**
 * Starts a session for a user who proved who they are (password or OpenID Connect). A fresh
 * session id on every login prevents session fixation; the login is audited.
 */
export async function logIn(request: FastifyRequest, reply: FastifyReply, db: Database, user: UserRow, method: 'password' | 'oidc'): Promise<void> {
  const previous = request.sessionToken;
  const token = await db.transaction(async (tx) => {
    if (previous) await destroySession(tx, previous);
    const created = await createSession(tx, user.id);
    await tx
      .update(users)
      .set({ lastLoginAt: sql`now()` })
      .where(eq(users.id, user.id));
    await audit(tx, { id: user.id, label: user.email }, { action: 'auth.login', objectType: 'user', objectId: user.id, details: { method }, ip: request.ip });
    return created;
  });
  reply.startSession(token);
}

/** Only local paths are followed after login, so `weiter` cannot send people to another site. */
export function safeNextPath(next: unknown): string {
  return typeof next === 'string' && /^\/(?![/\\])[^\s]*$/.test(next) ? next : '/konto';
}
