import type { FastifyRequest } from 'fastify';
import { FLASH_COOKIE } from './flash';
import { SESSION_COOKIE } from './session-context';

/**
 * Rendered HTML of pages that look the same for every anonymous visitor (start page), kept for a
 * few seconds per process. Bounded, so random query strings cannot grow it without limit. A stale
 * copy lives at most `seconds`; nothing personal is ever stored (see page-rendering.ts).
 */
export class PageCache {
  private readonly entries = new Map<string, { html: string; expiresAt: number }>();

  constructor(private readonly maxEntries = 200) {}

  get(key: string): string | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt > Date.now()) return entry.html;
    this.entries.delete(key);
    return undefined;
  }

  set(key: string, html: string, seconds: number): void {
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { html, expiresAt: Date.now() + seconds * 1000 });
  }
}

/**
 * A GET of a route that allows caching (`pageCacheSeconds`) may be answered from the cache; only
 * a visitor without any cookie of ours sees the shared copy.
 */
export function isCacheable(request: FastifyRequest): boolean {
  return (
    (request.method === 'GET' || request.method === 'HEAD') &&
    (request.routeOptions.config.pageCacheSeconds ?? 0) > 0 &&
    !request.cookies[SESSION_COOKIE] &&
    !request.cookies[FLASH_COOKIE]
  );
}
