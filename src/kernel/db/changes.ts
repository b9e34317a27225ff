import { Socket } from 'node:net';
import pg from 'pg';

/**
 * The channel the trigger functions notify: `stadtportal_notify_change()` with the table's name,
 * `stadtportal_notify_row_change(column)` with the table's name and the changed row's key
 * (`sessions:<id_hash>`), for caches that keep one entry per row.
 */
export const CHANGES_CHANNEL = 'stadtportal_changes';

/**
 * Which tables changed, as every process hears it: a table that carries the kernel's statement
 * trigger (migrations: `stadtportal_notify_change()`) notifies after each committed insert, update,
 * delete or truncate. Used to drop cached pages the moment what they show changes (ADR 8).
 */
export interface TableChanges {
  /** False while notifications may be missed (no LISTEN connection): caches must not keep anything. */
  readonly live: boolean;
  /**
   * `listener(table)` after every committed change, `listener(table, key)` after a change of the row
   * with that key (tables with the row trigger); `listener(undefined)` when notifications may have been lost.
   */
  subscribe(listener: ChangeListener): () => void;
  /**
   * Resolves once this process has heard every change committed before the call (a marker sent
   * through the same channel arrives after them). Every write request waits for it before it answers
   * (request-context.ts); tests call it after writing behind the portal's back.
   */
  settled(): Promise<void>;
  close(): Promise<void>;
}

export type ChangeListener = (table: string | undefined, key?: string) => void;

/** Marker payloads start with a character no table name has; listeners never see them. */
const MARKER = '!settled:';
let markers = 0;

/**
 * `settled()` through `notify`: a marker sent now, resolved when `listeners` hear it. Callers that
 * ask while a marker is on its way share the next one, sent once it is heard (it is sent after they
 * asked, so it covers their changes): every write request waits for one (request-context.ts), and
 * under load one marker per request would queue on the one LISTEN connection.
 */
export function settleThrough(listeners: Listeners, notify: (payload: string) => Promise<unknown>): () => Promise<void> {
  let current: Promise<void> | undefined;
  let queued: Promise<void> | undefined;
  const send = (): Promise<void> => {
    const marker = `${MARKER}${process.pid}:${(markers += 1)}`;
    const heard = new Promise<void>((done) => listeners.awaitMarker(marker, done));
    const sent = notify(marker)
      .then(() => heard)
      .finally(() => {
        if (current === sent) current = undefined;
      });
    return (current = sent);
  };
  return () => {
    if (!current) return send();
    queued ??= current
      .catch(() => {})
      .then(() => {
        queued = undefined;
        return send();
      });
    return queued;
  };
}

export class Listeners {
  private readonly listeners = new Set<ChangeListener>();
  private readonly markers = new Map<string, () => void>();
  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  awaitMarker(marker: string, heard: () => void): void {
    this.markers.set(marker, heard);
  }
  /** The connection that would carry the markers is gone: nobody may wait for them forever. */
  releaseMarkers(): void {
    for (const heard of this.markers.values()) heard();
    this.markers.clear();
  }
  emit(payload: string | undefined): void {
    if (payload?.startsWith(MARKER)) {
      this.markers.get(payload)?.();
      this.markers.delete(payload);
      return;
    }
    // A table name has no colon; the row key after it may (it is the rest of the payload).
    const colon = payload?.indexOf(':') ?? -1;
    const [table, key] = payload === undefined || colon < 0 ? [payload, undefined] : [payload.slice(0, colon), payload.slice(colon + 1)];
    for (const listener of this.listeners) listener(table, key);
  }
}

interface PgliteListening {
  listen(channel: string, callback: (payload: string) => void): Promise<unknown>;
}

const notifySql = `select pg_notify('${CHANGES_CHANNEL}', $1)`;

/**
 * PGlite: one process, one connection. A transaction's notifications reach the listeners before the
 * reply to its COMMIT does (PGlite hands them over while it reads the commit's answer, and the
 * database thread sends them ahead of the reply over its one ordered port; pglite-thread.test.ts
 * checks both). So once a write has been answered, its changes have been heard: `settled()` has
 * nothing to wait for, and a write request spends no marker statement on the database thread.
 */
export async function pgliteChanges(client: PgliteListening): Promise<TableChanges> {
  const listeners = new Listeners();
  await client.listen(CHANGES_CHANNEL, (table) => listeners.emit(table));
  return {
    live: true,
    subscribe: (listener) => listeners.subscribe(listener),
    settled: () => Promise.resolve(),
    close: async () => {},
  };
}

const RECONNECT_MS = 1000;

/**
 * Listening never keeps a process alive by itself: a server is kept alive by its port, a CLI command
 * or a test file must be able to end even where something forgot to close the database (on CI, such a
 * test file once ran until the run's time limit).
 */
const unrefSocket = () => new Socket().unref();

/** What this process itself waits for on that connection (a marker, the goodbye) must keep it alive until done. */
async function keepingAlive<T>(work: Promise<T>): Promise<T> {
  const alive = setInterval(() => {}, 60_000);
  try {
    return await work;
  } finally {
    clearInterval(alive);
  }
}

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
  const settle = settleThrough(listeners, (marker) => (client ? client.query(notifySql, [marker]) : Promise.reject(new Error('not listening'))));

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url, stream: unrefSocket });
    let dropped = false;
    const drop = () => {
      if (dropped) return;
      dropped = true;
      if (client === next) client = undefined;
      if (live) listeners.emit(undefined);
      live = false;
      listeners.releaseMarkers();
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
    settled: async () => {
      // Without a LISTEN connection nothing is kept by any cache, so there is nothing to wait for.
      if (!client || !live) return;
      await keepingAlive(settle());
    },
    close: async () => {
      closed = true;
      clearTimeout(retry);
      live = false;
      listeners.releaseMarkers();
      await keepingAlive(client?.end().catch(() => {}) ?? Promise.resolve());
    },
  };
}
