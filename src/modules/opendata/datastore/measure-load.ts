/**
 * A load measurement to run by hand (not part of the test suite):
 *
 *   node --import tsx src/modules/opendata/datastore/measure-load.ts [rows]                 # PGlite (on its thread)
 *   scripts/pg-test-cluster.sh run node --import tsx src/modules/opendata/datastore/measure-load.ts [rows]
 *
 * Generates a German CSV (`;`, decimal commas, dates; 200,000 rows unless given), loads it into the
 * DataStore and prints rows per second, next to a plain COPY of the same file into text columns
 * (PostgreSQL), and the latencies of a simple query asked every 5 ms while the load runs, and without one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sql } from 'drizzle-orm';
import { from as copyFrom } from 'pg-copy-streams';
import { migrationSources } from '../../../bootstrap';
import { openPglite, openPostgres, runMigrations, type DatabaseHandle } from '../../../kernel/db';
import { createDiskStore } from '../../../kernel/files';
import { MODULES } from '../../../registry';
import { loadDatastore } from './load';
import { postgresPool } from './postgres-pool';
import { createResource } from './test-support';

const rows = Number(process.argv[2] ?? 200_000);

function germanCsv(count: number): Buffer {
  const lines = ['Messstelle;Datum;Wert;Anzahl;Bemerkung'];
  for (let n = 1; n <= count; n += 1) {
    lines.push(
      `Station ${n % 97};${String((n % 28) + 1).padStart(2, '0')}.${String((n % 12) + 1).padStart(2, '0')}.2025;${n % 1000},${n % 100};${n};Messung Nummer ${n}`,
    );
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`);
}

/** Printed for the person running it (console.* is for scripts/ and bench/ only). */
function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

/** Asks a one-row query every 5 ms until stopped; answers the latencies in ms. */
function probe(database: DatabaseHandle): { stop: () => Promise<string> } {
  const latencies: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const start = performance.now();
      await database.db.execute(sql`select id from opendata_organizations limit 1`);
      latencies.push(performance.now() - start);
      await new Promise((done) => setTimeout(done, 5));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      const sorted = latencies.sort((a, b) => a - b);
      return `${sorted.length} queries, p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms`;
    },
  };
}

async function plainCopy(database: DatabaseHandle, file: Buffer): Promise<number> {
  const client = await postgresPool(database).connect();
  try {
    await client.query('create temporary table plain_copy (a text, b text, c text, d text, e text)');
    const start = performance.now();
    await pipeline(Readable.from([file]), client.query(copyFrom(`copy plain_copy from stdin with (format csv, delimiter ';', header)`)));
    return performance.now() - start;
  } finally {
    client.release();
  }
}

async function main(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  const dir = mkdtempSync(join(tmpdir(), 'datastore-measure-'));
  const database = url ? openPostgres(url, 10) : await openPglite(join(dir, 'pglite'), { thread: true });
  try {
    await runMigrations(database, migrationSources(MODULES));
    const files = createDiskStore(join(dir, 'files'));
    const file = germanCsv(rows);
    const id = await createResource({ db: database.db, deps: { files } }, { file });
    say(`${database.kind}: ${rows.toLocaleString('en')} rows, ${(file.length / 1e6).toFixed(1)} MB`);
    say(
      `idle: ${await (async () => {
        const idle = probe(database);
        await new Promise((done) => setTimeout(done, 3000));
        return idle.stop();
      })()}`,
    );
    const during = probe(database);
    const start = performance.now();
    await loadDatastore(id, { db: database.db, database, files });
    const loadMs = performance.now() - start;
    say(`during the load: ${await during.stop()}`);
    say(`DataStore load: ${(loadMs / 1000).toFixed(1)} s, ${Math.round(rows / (loadMs / 1000)).toLocaleString('en')} rows/s`);
    if (database.kind === 'postgres') {
      const copyMs = await plainCopy(database, file);
      say(
        `plain COPY: ${(copyMs / 1000).toFixed(1)} s, ${Math.round(rows / (copyMs / 1000)).toLocaleString('en')} rows/s (DataStore at ${Math.round((copyMs / loadMs) * 100)} %)`,
      );
    }
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
