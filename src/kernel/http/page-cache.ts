/**
 * Rendered HTML of pages that look the same for every anonymous visitor (start page), kept for a
 * few seconds per process. Bounded, so random query strings cannot grow it without limit. A stale
 * copy lives at most `seconds`; nothing personal is ever stored (see request-context.ts).
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
