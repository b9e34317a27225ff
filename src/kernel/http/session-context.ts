import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { loadSession } from '../auth/sessions';
import type { Database } from '../db/types';
import { cookieOptions } from './cookies';

export const SESSION_COOKIE = 'sp_session';

/** The signed-in person of the request: `request.user` and the session fields, and starting/ending a session. */
export function decorateSession(app: FastifyInstance): void {
  app.decorateRequest('user', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('sessionExpiresAt', undefined);
  app.decorateRequest('sessionExpired', false);
  app.decorateReply('startSession', function startSession(this: FastifyReply, token: string) {
    this.request.sessionToken = token;
    return this.setCookie(SESSION_COOKIE, token, cookieOptions(this.request));
  });
  app.decorateReply('endSession', function endSession(this: FastifyReply) {
    this.request.sessionToken = null;
    this.request.user = null;
    return this.clearCookie(SESSION_COOKIE, { path: '/' });
  });
}

/** Loads the session of the cookie; an invalid one is cleared and remembered as expired (for the CSRF message). */
export async function loadRequestSession(db: Database, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token || token.length > 64) return;
  const session = await loadSession(db, token);
  if (session) {
    request.user = session.user;
    request.sessionToken = token;
    request.sessionExpiresAt = session.expiresAt;
  } else {
    request.sessionExpired = true;
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }
}
