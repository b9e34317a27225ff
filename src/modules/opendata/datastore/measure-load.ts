/**
 * A load measurement to run by hand (not part of the test suite), and the same as a function for the
 * benchmark (`bench/opendata/datastore.ts` imports `measureLoad`):
 *
 *   node --import tsx src/modules/opendata/datastore/measure-load.ts [rows]                 # PGlite (on its thread)
 *   scripts/pg-test-cluster.sh run node --import tsx src/modules/opendata/datastore/measure-load.ts [rows]
 *
 * Generates a CSV (200,000 rows unless given) twice: German (`;`, decimal commas, German dates) and
 * ISO (`,`, dot decimals, ISO dates). Loads each into the DataStore and prints rows per second until
 * the rows are swapped in (the indexes PostgreSQL builds afterwards are timed apart), next to a
 * plain COPY of the same file into a table of the same types (PostgreSQL; the faster of two, after the
 * load). A German decimal comma is nothing PostgreSQL reads, so there that column is
 * text in the plain COPY's table. Also the latencies of a simple query asked every 5 ms while the load
 * runs, and without one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { from as copyFrom } from 'pg-copy-streams';
import { migrationSources } from '../../../bootstrap';
import { openPglite, openPostgres, runMigrations, type DatabaseHandle } from '../../../kernel/db';
import { createDiskStore } from '../../../kernel/files';
import { MODULES } from '../../../registry';
import type { DatastoreField } from '../tables/datastore';
import { loadDatastore } from './load';
import { postgresPool } from './postgres-pool';
import { findDatastoreTable } from './repository';
import { createTableSql, dropTableSql } from './table-sql';
import { createResource } from './test-support';

export type CsvStyle = 'german' | 'iso';

/** The same rows in the two styles: a station, a date, a decimal value, a count and a remark. */
export function measurementCsv(count: number, style: CsvStyle): Buffer {
  const german = style === 'german';
  const lines = [german ? 'Messstelle;Datum;Wert;Anzahl;Bemerkung' : 'Messstelle,Datum,Wert,Anzahl,Bemerkung'];
  for (let n = 1; n <= count; n += 1) {
    const day = String((n % 28) + 1).padStart(2, '0');
    const month = String((n % 12) + 1).padStart(2, '0');
    lines.push(
      german
        ? `Station ${n % 97};${day}.${month}.2025;${n % 1000},${n % 100};${n};Messung Nummer ${n}`
        : `Station ${n % 97},2025-${month}-${day},${n % 1000}.${n % 100},${n},Messung Nummer ${n}`,
    );
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

export interface Latencies {
  queries: number;
  p50: number;
  p99: number;
  max: number;
}

/** Asks a one-row query every 5 ms until stopped; answers the latencies in ms. */
export function probe(database: DatabaseHandle): { stop: () => Promise<Latencies> } {
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
      return { queries: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? 0 };
    },
  };
}

/** A plain COPY of the file into a new table of the load's types (columns PostgreSQL cannot read: text); answers ms. */
async function plainCopy(database: DatabaseHandle, file: Buffer, fields: readonly DatastoreField[], style: CsvStyle): Promise<number> {
  const table = `plain_copy_${style}`;
  const types = fields.map((field) => (style === 'german' && field.type === 'numeric' ? { ...field, type: 'text' as const } : field));
  await database.db.execute(dropTableSql(table));
  await database.db.execute(createTableSql(table, types));
  const client = await postgresPool(database).connect();
  try {
    await client.query(`set datestyle = 'ISO, DMY'`);
    const start = performance.now();
    const options = `format csv, header true, delimiter '${style === 'german' ? ';' : ','}', encoding 'UTF8'`;
    const columns = fields.map((field) => `"${field.id}"`).join(', ');
    await pipeline(Readable.from([file]), client.query(copyFrom(`copy datastore.${table} (${columns}) from stdin with (${options})`)));
    return performance.now() - start;
  } finally {
    await client.query('reset datestyle');
    client.release();
    await database.db.execute(dropTableSql(table));
  }
}

export interface LoadMeasurement {
  style: CsvStyle;
  rows: number;
  megabytes: number;
  /** The DataStore resource the rows were loaded for: its table stays (a benchmark searches it). */
  resourceId: string;
  /** From the start of the load until the rows are swapped in. */
  loadMs: number;
  loadRowsPerSecond: number;
  /** The indexes PostgreSQL builds after the swap (full text, one per column) (PGlite builds it with the rows: 0). */
  indexMs: number;
  /** PostgreSQL only: the plain COPY, and the load's rows/s as a share of its rows/s. */
  copyMs: number | null;
  copyRowsPerSecond: number | null;
  percentOfCopy: number | null;
  /** A one-row query every 5 ms while the load runs. */
  during: Latencies;
}

/** Loads `rows` generated rows into the DataStore on a migrated database and measures it (see the header). */
export async function measureLoad(database: DatabaseHandle, options: { rows: number; style: CsvStyle }): Promise<LoadMeasurement> {
  const dir = mkdtempSync(join(tmpdir(), 'datastore-measure-'));
  try {
    const files = createDiskStore(dir);
    const file = measurementCsv(options.rows, options.style);
    const id = await createResource({ db: database.db, deps: { files } }, { file });
    const during = probe(database);
    const start = performance.now();
    let activeAt = 0;
    await loadDatastore(id, { db: database.db, database, files }, { onRowsActive: () => (activeAt = performance.now()) });
    const end = performance.now();
    const latencies = await during.stop();
    const table = await findDatastoreTable(database.db, id);
    if (table?.status !== 'active') throw new Error(`the measured load failed: ${table?.error}`);
    const loadMs = activeAt - start;
    const postgres = database.kind === 'postgres';
    // Two COPYs, the faster counts: the share of it the load reaches is then, if anything, too low.
    const bestCopyMs = postgres
      ? Math.min(await plainCopy(database, file, table.fields, options.style), await plainCopy(database, file, table.fields, options.style))
      : null;
    return {
      style: options.style,
      rows: options.rows,
      megabytes: file.length / 1e6,
      resourceId: id,
      loadMs,
      loadRowsPerSecond: options.rows / (loadMs / 1000),
      indexMs: end - activeAt,
      copyMs: bestCopyMs,
      copyRowsPerSecond: bestCopyMs === null ? null : options.rows / (bestCopyMs / 1000),
      percentOfCopy: bestCopyMs === null ? null : (bestCopyMs / loadMs) * 100,
      during: latencies,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Printed for the person running it (console.* is for scripts/ and bench/ only). */
function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const perSecond = (value: number) => `${Math.round(value).toLocaleString('en')} rows/s`;
const latencies = (l: Latencies) => `${l.queries} queries, p50 ${ms(l.p50)}, p99 ${ms(l.p99)}, max ${ms(l.max)}`;

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 200_000);
  const url = process.env.TEST_DATABASE_URL;
  const dir = mkdtempSync(join(tmpdir(), 'datastore-measure-db-'));
  const database = url ? openPostgres(url, 10) : await openPglite(join(dir, 'pglite'), { thread: true });
  try {
    await runMigrations(database, migrationSources(MODULES));
    const idle = probe(database);
    await new Promise((done) => setTimeout(done, 3000));
    say(`${database.kind}, ${rows.toLocaleString('en')} rows; idle: ${latencies(await idle.stop())}`);
    for (const style of ['german', 'iso'] as const) {
      const m = await measureLoad(database, { rows, style });
      say(`${style} file, ${m.megabytes.toFixed(1)} MB: during the load ${latencies(m.during)}`);
      say(`  DataStore load: ${(m.loadMs / 1000).toFixed(2)} s, ${perSecond(m.loadRowsPerSecond)}; then its indexes ${(m.indexMs / 1000).toFixed(2)} s`);
      if (m.copyMs !== null) {
        say(`  plain COPY: ${(m.copyMs / 1000).toFixed(2)} s, ${perSecond(m.copyRowsPerSecond!)} (DataStore at ${Math.round(m.percentOfCopy!)} %)`);
      }
    }
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
