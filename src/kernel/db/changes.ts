import { Socket } from 'node:net';
import pg from 'pg';

/** The channel the trigger function `stadtportal_notify_change()` notifies, with the table's name. */
export const CHANGES_CHANNEL = 'stadtportal_changes';

/**
 * Which tables changed, as every process hears it: a table that carries the kernel's statement
 * trigger (migrations: `stadtportal_notify_change()`) notifies after each committed insert, update,
 * delete or truncate. Used to drop cached pages the moment what they show changes (ADR 8).
 */
export interface TableChanges {
  /** False while notifications may be missed (no LISTEN connection): caches must not keep anything. */
  readonly live: boolean;
  /** `listener(table)` after every committed change; `listener(undefined)` when notifications may have been lost. */
  subscribe(listener: (table: string | undefined) => void): () => void;
  close(): Promise<void>;
}

class Listeners {
  private readonly listeners = new Set<(table: string | undefined) => void>();
  subscribe(listener: (table: string | undefined) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  emit(table: string | undefined): void {
    for (const listener of this.listeners) listener(table);
  }
}

interface PgliteListening {
  listen(channel: string, callback: (payload: string) => void): Promise<unknown>;
}

/** PGlite: one process, one connection; notifications arrive when the notifying transaction commits. */
export async function pgliteChanges(client: PgliteListening): Promise<TableChanges> {
  const listeners = new Listeners();
  await client.listen(CHANGES_CHANNEL, (table) => listeners.emit(table));
  return { live: true, subscribe: (listener) => listeners.subscribe(listener), close: async () => {} };
}

const RECONNECT_MS = 1000;

/**
 * Listening never keeps a process alive by itself: a server is kept alive by its port, a CLI command
 * or a test file must be able to end even where something forgot to close the database (on CI, such a
 * test file once ran until the run's time limit).
 */
const unrefSocket = () => new Socket().unref();

/**
 * PostgreSQL: a connection of its own holds the LISTEN, opened when the first listener subscribes
 * (CLI commands never open it). While it is down, `live` is false (a change in that time would go
 * unheard); once it is back, every listener hears `undefined` and starts afresh.
 */
export function postgresChanges(url: string): TableChanges {
  const listeners = new Listeners();
  let client: pg.Client | undefined;
  let live = false;
  let started = false;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url, stream: unrefSocket });
    let dropped = false;
    const drop = () => {
      if (dropped) return;
      dropped = true;
      if (client === next) client = undefined;
      if (live) listeners.emit(undefined);
      live = false;
      void next.end().catch(() => {});
      if (!closed) retry = setTimeout(() => void connect(), RECONNECT_MS).unref();
    };
    next.on('error', drop);
    next.on('end', drop);
    next.on('notification', (message) => listeners.emit(message.payload));
    try {
      await next.connect();
      await next.query(`listen ${CHANGES_CHANNEL}`);
    } catch {
      return drop();
    }
    if (closed || dropped) return void next.end().catch(() => {});
    client = next;
    live = true;
    listeners.emit(undefined);
  };

  return {
    get live() {
      return live;
    },
    subscribe: (listener) => {
      if (!started) {
        started = true;
        void connect();
      }
      return listeners.subscribe(listener);
    },
    close: async () => {
      closed = true;
      clearTimeout(retry);
      live = false;
      await client?.end().catch(() => {});
    },
  };
}
