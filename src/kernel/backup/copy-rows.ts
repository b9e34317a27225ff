import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { BackupError } from './errors';
import { tableNames, type Queryable } from './inventory';

/**
 * Every table's rows from a PGlite into a PostgreSQL database whose schema is already there, inside
 * the caller's transaction: COPY's text format on both sides (the form PostgreSQL reads back in any
 * version), parents before children, and the tables' own triggers switched off while the rows go
 * in (change notifications, the council's search queue: the copied rows already carry their effects).
 */

/** The columns COPY writes, in the target's order: generated columns are computed by the target. */
async function copiedColumns(client: Queryable, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `select format('%I', attname) as name from pg_attribute
     where attrelid = $1::regclass and attnum > 0 and not attisdropped and attgenerated = '' order by attnum`,
    [table],
  );
  return rows.map((row) => row.name);
}

/** Parents before children (a table's references to itself are checked at the end of its COPY). */
async function parentsFirst(target: Queryable, tables: readonly string[]): Promise<string[]> {
  const { rows } = await target.query<{ child: string; parent: string }>(
    `select format('%I.%I', cn.nspname, c.relname) as child, format('%I.%I', pn.nspname, p.relname) as parent
     from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace cn on cn.oid = c.relnamespace
       join pg_class p on p.oid = k.confrelid join pg_namespace pn on pn.oid = p.relnamespace
     where k.contype = 'f' and k.conrelid <> k.confrelid`,
  );
  const ordered: string[] = [];
  const placed = new Set<string>();
  let left = [...tables];
  while (left.length > 0) {
    const ready = left.filter((table) => rows.every((edge) => edge.child !== table || placed.has(edge.parent)));
    if (ready.length === 0) throw new BackupError(`Die Tabellen ${left.join(', ')} verweisen im Kreis aufeinander; ihre Zeilen lassen sich nicht übertragen.`);
    for (const table of ready) placed.add(table);
    ordered.push(...ready);
    left = left.filter((table) => !placed.has(table));
  }
  return ordered;
}

async function copyTable(source: PGlite, target: pg.Client, table: string): Promise<void> {
  const columns = await copiedColumns(target as unknown as Queryable, table);
  const sourceColumns = await copiedColumns(source as unknown as Queryable, table);
  if ([...columns].sort().join() !== [...sourceColumns].sort().join()) {
    throw new BackupError(`Die Tabelle ${table} hat in der Sicherung die Spalten ${sourceColumns.join(', ')}, im Ziel ${columns.join(', ')}.`);
  }
  const list = columns.join(', ');
  const { blob } = await source.query(`copy ${table} (${list}) to '/dev/blob'`);
  const bytes = Buffer.from(await (blob ?? new Blob()).arrayBuffer());
  await pipeline(Readable.from([bytes]), target.query(copyFrom(`copy ${table} (${list}) from stdin`)));
}

/** Each sequence at its value in the source (by name: the migrations and table-ddl.ts keep the names). */
async function copySequences(source: Queryable, target: Queryable): Promise<void> {
  const query = `select format('%I.%I', schemaname, sequencename) as name, last_value::text as value from pg_sequences order by 1`;
  const { rows: wanted } = await source.query<{ name: string; value: string | null }>(query);
  const { rows: present } = await target.query<{ name: string }>(query);
  const missing = wanted.filter(({ name }) => !present.some((row) => row.name === name)).map(({ name }) => name);
  if (missing.length > 0) throw new BackupError(`Im Ziel fehlen die Sequenzen ${missing.join(', ')}.`);
  for (const { name, value } of wanted) if (value !== null) await target.query(`select setval($1::regclass, $2::bigint, true)`, [name, value]);
}

/** Replaces the rows of every table of `source` in `target` (the same tables, checked) and sets the sequences. */
export async function copyRows(source: PGlite, target: pg.Client): Promise<void> {
  const from = source as unknown as Queryable;
  const into = target as unknown as Queryable;
  const tables = await tableNames(into);
  const expected = await tableNames(from);
  const unmatched = [...tables.filter((table) => !expected.includes(table)), ...expected.filter((table) => !tables.includes(table))];
  if (unmatched.length > 0) throw new BackupError(`Das Ziel und die Sicherung haben nicht dieselben Tabellen: ${unmatched.join(', ')}.`);
  for (const table of tables) await target.query(`alter table ${table} disable trigger user`);
  // The migrations' own rows (if any) make way for the backup's; schema_migrations too, with its history.
  await target.query(`truncate ${tables.join(', ')}`);
  for (const table of await parentsFirst(into, tables)) await copyTable(source, target, table);
  for (const table of tables) await target.query(`alter table ${table} enable trigger user`);
  await copySequences(from, into);
}
