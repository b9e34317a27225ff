import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import type { DatastoreField } from '../tables/datastore';
import { column, COLUMN_TYPES, tableRef } from './table-sql';

/** Rows as PostgreSQL input text per field (null for NULL), in the order of the fields given. */
export type TextRows = ReadonlyArray<ReadonlyArray<string | null>>;

/** One array parameter per field: the whole chunk is a handful of parameters, whatever its length. */
function columnArrays(fields: readonly Pick<DatastoreField, 'id' | 'type'>[], rows: TextRows): SQL[] {
  return fields.map((field, index) => sql`${sql.param(rows.map((row) => row[index] ?? null))}::${sql.raw(COLUMN_TYPES[field.type])}[]`);
}

/**
 * Inserts many rows in ONE statement, `insert … select * from unnest($1::text[], $2::bigint[], …)`:
 * one parameter per column instead of one per value, so a chunk of thousands of rows is parsed and
 * planned once (PGlite's loads and datastore_upsert's inserts).
 */
export async function insertRows(db: Executor, tableName: string, fields: readonly Pick<DatastoreField, 'id' | 'type'>[], rows: TextRows): Promise<void> {
  if (rows.length === 0) return;
  const names = sql.join(
    fields.map((field) => column(field.id)),
    sql`, `,
  );
  await db.execute(sql`insert into ${tableRef(tableName)} (${names}) select * from unnest(${sql.join(columnArrays(fields, rows), sql`, `)})`);
}

/** The rows as a relation `v` with the fields' names and types and each row's position `_n` (from 1), for upserts and updates by key. */
export function rowsRelation(fields: readonly Pick<DatastoreField, 'id' | 'type'>[], rows: TextRows): SQL {
  const names = sql.join([...fields.map((field) => column(field.id)), sql`_n`], sql`, `);
  return sql`unnest(${sql.join(columnArrays(fields, rows), sql`, `)}) with ordinality as v(${names})`;
}
