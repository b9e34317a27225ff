import { isCountable } from './bots';
import { usageDay } from './days';
import type { UsageIncrement } from './repository';

type UsageKind = 'pageViews' | 'downloads' | 'apiCalls';

/** What the counter reads of a request: nothing that identifies a person (no address, cookie or account). */
interface CountedRequest {
  method: string;
  headers: { 'user-agent'?: string | undefined };
}

/**
 * Usage per dataset and day, in memory until the next flush: counting is a map update, so the
 * cached pages' fast path and the API stay fast. Datasets are counted by name (what every URL
 * carries, also on the cache's path, where no database is asked); the flush resolves the names.
 */
export class UsageCounter {
  private pending = new Map<string, UsageIncrement>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  count(kind: UsageKind, datasetName: string, request: CountedRequest): void {
    if (!isCountable(request.method, request.headers['user-agent'])) return;
    const day = usageDay(this.now());
    const key = `${day} ${datasetName}`;
    let entry = this.pending.get(key);
    if (!entry) {
      entry = { datasetName, day, pageViews: 0, downloads: 0, apiCalls: 0 };
      this.pending.set(key, entry);
    }
    entry[kind] += 1;
  }

  /** Everything counted since the last call, handed over for one write; the counter starts afresh. */
  take(): UsageIncrement[] {
    const taken = [...this.pending.values()];
    this.pending = new Map();
    return taken;
  }

  /** Gives back what a failed write could not store, so the next flush tries again. */
  restore(increments: readonly UsageIncrement[]): void {
    for (const increment of increments) {
      const key = `${increment.day} ${increment.datasetName}`;
      const entry = this.pending.get(key);
      if (!entry) {
        this.pending.set(key, { ...increment });
        continue;
      }
      entry.pageViews += increment.pageViews;
      entry.downloads += increment.downloads;
      entry.apiCalls += increment.apiCalls;
    }
  }
}
