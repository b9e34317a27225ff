import type { FastifyRequest } from 'fastify';
import { ChangeTracker, type ChangeTicket, type TableChanges } from '../db';
import { FLASH_COOKIE } from './flash';
import { SESSION_COOKIE } from './session-context';

/** A route's `config.pageCache`: the tables its page shows, and for pages that change with time alone, a limit. */
export interface PageCacheRule {
  tables: readonly string[];
  /** Pages that change with the clock too (news with a publication time) are kept at most this long. */
  maxSeconds?: number;
  /**
   * Called when the cache answers a request of this route, before the stored page is sent; the
   * handler never runs then, so a route that counts its answers (usage statistics) counts these
   * here. It runs on the cache's fast path: synchronous, in memory, no database work.
   */
  onServe?: (request: FastifyRequest) => void;
}

/** Taken when a request starts, before the page reads anything: what the cache knew then. */
export interface CacheTicket {
  rule: PageCacheRule;
  changes: ChangeTicket;
}

interface Entry {
  html: string;
  tables: readonly string[];
  expiresAt: number;
}

const DEFAULT_LIMITS = { maxEntries: 1000, maxBytes: 32 * 1024 * 1024 };

/**
 * Rendered pages that look the same for every anonymous visitor, kept until a table they show
 * changes (ADR 8). Every committed change of such a table reaches each process as a notification
 * (kernel/db/changes.ts) and drops the pages that show it. A page rendered while a change came in
 * is not stored: its ticket, taken before it read anything, no longer matches. While notifications
 * could be missed (no LISTEN connection), nothing is kept. Bounded by entries and bytes, least
 * recently used first out, so random query strings cannot grow it without limit.
 */
export class PageCache {
  private readonly entries = new Map<string, Entry>();
  private readonly tracker: ChangeTracker;
  private bytes = 0;

  constructor(
    changes: TableChanges,
    private readonly limits = DEFAULT_LIMITS,
  ) {
    this.tracker = new ChangeTracker(changes, (table) => this.changed(table));
  }

  get(key: string): string | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.remove(key);
    if (entry.expiresAt <= Date.now() || !this.tracker.live) return undefined;
    this.entries.set(key, entry);
    this.bytes += entry.html.length;
    return entry.html;
  }

  ticket(rule: PageCacheRule): CacheTicket | undefined {
    const changes = this.tracker.ticket(rule.tables);
    return changes && { rule, changes };
  }

  set(key: string, html: string, ticket: CacheTicket): void {
    const { rule } = ticket;
    if (!this.tracker.isCurrent(ticket.changes) || html.length > this.limits.maxBytes) return;
    this.remove(key);
    while (this.entries.size >= this.limits.maxEntries || this.bytes + html.length > this.limits.maxBytes) {
      this.remove(this.entries.keys().next().value as string);
    }
    this.entries.set(key, { html, tables: rule.tables, expiresAt: rule.maxSeconds ? Date.now() + rule.maxSeconds * 1000 : Infinity });
    this.bytes += html.length;
  }

  private changed(table: string | undefined): void {
    if (table === undefined) {
      this.entries.clear();
      this.bytes = 0;
      return;
    }
    for (const [key, entry] of this.entries) if (entry.tables.includes(table)) this.remove(key);
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.html.length;
  }
}

/**
 * A GET of a route with `config.pageCache` may be answered from the cache; only a visitor without
 * any cookie of ours sees the shared copy.
 */
export function isCacheable(request: FastifyRequest): boolean {
  return (
    (request.method === 'GET' || request.method === 'HEAD') &&
    request.routeOptions.config.pageCache !== undefined &&
    !request.cookies[SESSION_COOKIE] &&
    !request.cookies[FLASH_COOKIE]
  );
}
