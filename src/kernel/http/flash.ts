import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { cookieOptions } from './cookies';

export const FLASH_COOKIE = 'sp_flash';

/** `reply.flash(message)`: a confirmation banner on the next page (POST-redirect-GET), in a signed one-minute cookie. */
export function decorateFlash(app: FastifyInstance): void {
  app.decorateRequest('flash', undefined);
  app.decorateReply('flash', function flash(this: FastifyReply, message: string) {
    return this.setCookie(FLASH_COOKIE, message, { ...cookieOptions(this.request), signed: true, maxAge: 60 });
  });
}

/** Takes the banner of the previous request into `request.flash` and clears the cookie: it is shown once. */
export function readFlash(request: FastifyRequest, reply: FastifyReply): void {
  const flash = request.cookies[FLASH_COOKIE];
  if (!flash) return;
  const unsigned = request.unsignCookie(flash);
  if (unsigned.valid && unsigned.value) request.flash = unsigned.value;
  reply.clearCookie(FLASH_COOKIE, { path: '/' });
}
