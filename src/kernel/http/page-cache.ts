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
   * A stated short staleness, for pages whose tables change many times a second at peaks (the free
   * times of a release rush): after a change the page is still served for up to this long, and a page
   * rendered while a change came in is kept for this long instead of not at all. Without it a page is
   * dropped at the change (exact); with it, what it shows is at most this old.
   */
  staleSeconds?: number;
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

/**
 * A kept page: its HTML, encoded once, and status (a GET form's page with a message is 400, and as
 * shareable). Bytes, not a string: every answer would otherwise encode the page again, and for a large
 * page that encoding was most of a cached answer's CPU (docs/performance.md).
 */
export interface CachedPage {
  body: Buffer;
  status: number;
}

interface Entry extends CachedPage {
  tables: readonly string[];
  expiresAt: number;
  /** The rule's `staleSeconds` in ms: how long the page may outlive a change. */
  staleMs: number | undefined;
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

  get(key: string): CachedPage | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.remove(key);
    if (entry.expiresAt <= Date.now() || !this.tracker.live) return undefined;
    this.entries.set(key, entry);
    this.bytes += entry.body.length;
    return entry;
  }

  ticket(rule: PageCacheRule): CacheTicket | undefined {
    const changes = this.tracker.ticket(rule.tables);
    return changes && { rule, changes };
  }

  set(key: string, html: string, ticket: CacheTicket, status = 200): void {
    const { rule } = ticket;
    const staleMs = rule.staleSeconds ? rule.staleSeconds * 1000 : undefined;
    const current = this.tracker.isCurrent(ticket.changes);
    if (!current && (!staleMs || !this.tracker.live)) return;
    const body = Buffer.from(html);
    if (body.length > this.limits.maxBytes) return;
    this.remove(key);
    while (this.entries.size >= this.limits.maxEntries || this.bytes + body.length > this.limits.maxBytes) {
      this.remove(this.entries.keys().next().value as string);
    }
    const now = Date.now();
    let expiresAt = rule.maxSeconds ? now + rule.maxSeconds * 1000 : Infinity;
    // Rendered while a change came in: it may show the state before it, so it lives only as long as a stale page may.
    if (!current) expiresAt = Math.min(expiresAt, now + staleMs!);
    this.entries.set(key, { body, status, tables: rule.tables, expiresAt, staleMs });
    this.bytes += body.length;
  }

  /** Forgets every kept page, stale or not: after the whole database was emptied (a test's reset). */
  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  private changed(table: string | undefined): void {
    if (table === undefined) return this.clear();
    const now = Date.now();
    for (const [key, entry] of this.entries) {
      if (!entry.tables.includes(table)) continue;
      if (entry.staleMs) entry.expiresAt = Math.min(entry.expiresAt, now + entry.staleMs);
      else this.remove(key);
    }
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.body.length;
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
