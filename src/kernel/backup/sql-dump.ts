import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { PGlite } from '@electric-sql/pglite';
import { createPgliteClient } from '../db';
import { BackupError } from './errors';
import type { PgliteFiller } from './pglite';

/**
 * A PostgreSQL backup (pg_dump's plain SQL) loaded into a new PGlite: PGlite is PostgreSQL 18, and a
 * dump of an older server into a newer one is the way pg_dump is made for (ADR 21, amendment). PGlite
 * has no psql, so the file is read line by line: the SQL between the data runs through `exec`, each
 * `COPY … FROM stdin` block through PGlite's `/dev/blob` (the same text format), and psql's
 * `\restrict` lines around the dump are left out.
 */

/** pg_dump writes each table's rows as `COPY schema.table (columns) FROM stdin;`, its lines, then `\.`. */
const COPY_START = /^(COPY .+) FROM stdin;$/;
const COPY_END = '\\.';
/** psql's guard against a dump that smuggles in meta-commands (pg_dump 15.14 and newer); not SQL. */
const PSQL_GUARD = /^\\(?:un)?restrict \S+$/;

async function loadSqlDump(client: PGlite, dumpFile: string): Promise<void> {
  const lines = createInterface({ input: createReadStream(dumpFile, 'utf8'), crlfDelay: Infinity });
  let statements: string[] = [];
  let copy: { command: string; rows: string[] } | undefined;
  for await (const line of lines) {
    if (copy) {
      if (line !== COPY_END) copy.rows.push(line);
      else {
        await client.query(`${copy.command} FROM '/dev/blob'`, [], { blob: new Blob(copy.rows.map((row) => `${row}\n`)) });
        copy = undefined;
      }
      continue;
    }
    const start = COPY_START.exec(line);
    if (start) {
      await client.exec(statements.join('\n'));
      statements = [];
      copy = { command: start[1]!, rows: [] };
    } else if (!PSQL_GUARD.test(line)) statements.push(line);
  }
  if (copy) throw new Error(`the dump ends inside ${copy.command}`);
  await client.exec(statements.join('\n'));
}

/** A PostgreSQL backup's dump loaded into a new PGlite in `dir`. */
export function fromSqlDump(dumpFile: string): PgliteFiller {
  return async (dir) => {
    const client = await createPgliteClient(dir);
    try {
      await loadSqlDump(client, dumpFile);
      return client;
    } catch (error) {
      await client.close();
      throw new BackupError(`Die PostgreSQL-Sicherung ließ sich nicht in PGlite laden: ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      });
    }
  };
}
