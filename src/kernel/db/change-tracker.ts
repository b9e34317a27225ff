import type { ChangeListener, TableChanges } from './changes';

/** Taken before a read starts: what the tracker knew of the tables the read shows. */
export interface ChangeTicket {
  tables: readonly string[];
  epoch: number;
  generations: number[];
}

/**
 * Counts the committed changes of each table this process heard of, so a cache can tell whether a
 * value it read may already be out of date: a read takes a ticket before it starts, and its result
 * may be kept only while the ticket is still current (no change of its tables, and no gap in the
 * notifications, came in meanwhile). Shared by the page cache and the query cache.
 */
export class ChangeTracker {
  private readonly generations = new Map<string, number>();
  private epoch = 0;

  constructor(
    private readonly changes: TableChanges,
    onChange: ChangeListener = () => {},
  ) {
    changes.subscribe((table, key) => {
      if (table === undefined) this.epoch += 1;
      else this.generations.set(table, (this.generations.get(table) ?? 0) + 1);
      onChange(table, key);
    });
  }

  /** False while notifications may be missed: nothing may be kept or served then. */
  get live(): boolean {
    return this.changes.live;
  }

  /** Undefined while notifications may be missed: then nothing read now may be kept. */
  ticket(tables: readonly string[]): ChangeTicket | undefined {
    if (!this.changes.live) return undefined;
    return { tables, epoch: this.epoch, generations: tables.map((table) => this.generations.get(table) ?? 0) };
  }

  isCurrent(ticket: ChangeTicket): boolean {
    return (
      this.changes.live &&
      ticket.epoch === this.epoch &&
      ticket.tables.every((table, index) => (this.generations.get(table) ?? 0) === ticket.generations[index])
    );
  }
}
