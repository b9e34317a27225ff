import type { FastifyRequest } from 'fastify';

/** Options of every cookie the portal sets: site-wide, invisible to scripts, not sent on cross-site POSTs. */
export function cookieOptions(request: FastifyRequest) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: request.protocol === 'https' };
}
