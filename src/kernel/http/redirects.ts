import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * A page that moved for good. `from` is a Fastify route pattern (`/admin/outbox/:id`); ending it
 * in `/*` moves the path itself and everything below it (`/admin/benutzer/*` also answers
 * `/admin/benutzer`, `/admin/benutzer/neu`, `/admin/benutzer/<id>/sperren`, ...), the rest being
 * appended to `to`. `to` is the new path: a string whose `:name` placeholders are filled from the
 * old path's parameters, or a function of them.
 */
export interface MovedPath {
  from: string;
  to: string | ((params: Record<string, string>) => string);
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** Path segments as typed into a URL again: a parameter cannot smuggle in `?`, `#` or a second host. */
function encodeSegments(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/:(\w+)/g, (match, name: string) => (name in params ? encodeURIComponent(params[name]!) : match));
}

function target(move: MovedPath, params: Record<string, string>): string {
  const { '*': rest, ...named } = params;
  const base = typeof move.to === 'function' ? move.to(named) : fill(move.to, named);
  return rest ? `${base.replace(/\/$/, '')}/${encodeSegments(rest)}` : base;
}

function redirect(move: MovedPath) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const query = request.url.indexOf('?');
    const location = target(move, (request.params ?? {}) as Record<string, string>) + (query >= 0 ? request.url.slice(query) : '');
    // 301 lets browsers and search engines update bookmarks; 308 makes them send a form again with its body.
    const status = request.method === 'GET' || request.method === 'HEAD' ? 301 : 308;
    return reply.code(status).header('location', location).send();
  };
}

/**
 * Registers permanent redirects from old URLs to their new place, keeping the query string:
 * GET and HEAD answer 301, every other method 308 (so no form body is lost). The new URL checks
 * CSRF and authorization itself, so the redirect skips the CSRF check and sees no body.
 */
export function registerMovedPaths(app: FastifyInstance, moves: readonly MovedPath[]): void {
  for (const move of moves) {
    const patterns = move.from.endsWith('/*') ? [move.from.slice(0, -2), move.from] : [move.from];
    for (const url of patterns) {
      app.route({ method: METHODS, url, config: { csrf: false }, handler: redirect(move) });
    }
  }
}
