import type { ImportSkip, ImportTypeCounts } from '../tables';
import { MAX_REPORTED } from './limits';

export interface KnownObject {
  type: string;
  rowId: string;
  hash: string;
}

type CountKey = keyof ImportTypeCounts;

/**
 * What a run knows while it goes: the source's objects by URL (loaded once, then kept up to date) and
 * the counts and skips for the report. Writes of a page happen in a transaction; until it commits,
 * what it learnt is staged, so a page that rolls back leaves no trace here either.
 */
export class RunState {
  private readonly staged = new Map<string, KnownObject>();
  private stagedCounts: [string, CountKey][] = [];
  private stagedSkips: ImportSkip[] = [];
  readonly counts: Record<string, ImportTypeCounts> = {};
  readonly skipped: ImportSkip[] = [];
  skippedCount = 0;
  /** Objects that hold references still waiting: their waiting entries are replaced when they are stored again. */
  readonly pendingHolders: Set<string>;

  constructor(
    readonly sourceId: string,
    private readonly known: Map<string, KnownObject>,
    pendingHolders: Iterable<string>,
  ) {
    this.pendingHolders = new Set(pendingHolders);
  }

  lookup(url: string): KnownObject | undefined {
    return this.staged.get(url) ?? this.known.get(url);
  }

  /** The row id of an object of one of these types, if the source gave it to us. */
  rowIdOf(url: string, types: readonly string[]): string | undefined {
    const object = this.lookup(url);
    return object && types.includes(object.type) ? object.rowId : undefined;
  }

  remember(url: string, object: KnownObject): void {
    this.staged.set(url, object);
  }

  count(type: string, key: CountKey): void {
    this.stagedCounts.push([type, key]);
  }

  skip(url: string, reason: string): void {
    this.stagedSkips.push({ url, reason });
  }

  commit(): void {
    for (const [url, object] of this.staged) this.known.set(url, object);
    for (const [type, key] of this.stagedCounts) {
      const counts = (this.counts[type] ??= { new: 0, changed: 0, deleted: 0, unchanged: 0 });
      counts[key]++;
    }
    for (const skip of this.stagedSkips) this.report(skip);
    this.rollback();
  }

  rollback(): void {
    this.staged.clear();
    this.stagedCounts = [];
    this.stagedSkips = [];
  }

  /** Recorded at once (not staged): what went wrong outside a page's transaction. */
  report(skip: ImportSkip): void {
    this.skippedCount++;
    if (this.skipped.length < MAX_REPORTED) this.skipped.push(skip);
  }

  get objectCount(): number {
    return Object.values(this.counts).reduce((sum, counts) => sum + counts.new + counts.changed + counts.deleted + counts.unchanged, 0);
  }
}
