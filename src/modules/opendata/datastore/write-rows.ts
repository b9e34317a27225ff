import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../kernel/db';
import { rowsRelation } from './insert-rows';
import { column, tableRef } from './table-sql';
import type { RecordGroup } from './write-records';

export type WriteMethod = 'insert' | 'upsert' | 'update';

/** A record whose key matched no row (update): the transaction is rolled back and the record named. */
export class KeyNotFound extends Error {
  constructor(readonly position: number) {
    super(`record ${position}: key not found`);
  }
}

/** The last record of each key: a statement may change a row once (`on conflict do update` refuses a second). */
function lastPerKey(group: RecordGroup, keyIndexes: number[]): RecordGroup {
  const last = new Map<string, number>();
  group.rows.forEach((row, index) => last.set(JSON.stringify(keyIndexes.map((key) => row[key])), index));
  const keep = [...last.values()].sort((a, b) => a - b);
  return { fields: group.fields, rows: keep.map((index) => group.rows[index]!), positions: keep.map((index) => group.positions[index]!) };
}

/**
 * Writes one group of records with one statement: `insert`, `upsert` (insert, or update the row with
 * the same primary key) or `update` (every key must exist). Answers how many rows are new.
 */
export async function writeGroup(tx: Executor, tableName: string, primaryKey: readonly string[], method: WriteMethod, input: RecordGroup): Promise<number> {
  const keyIndexes = primaryKey.map((id) => input.fields.findIndex((field) => field.id === id));
  const group = method === 'insert' ? input : lastPerKey(input, keyIndexes);
  const names = sql.join(
    group.fields.map((field) => column(field.id)),
    sql`, `,
  );
  const selected = sql.join(
    group.fields.map((field) => sql`v.${column(field.id)}`),
    sql`, `,
  );
  const values = group.fields.filter((field) => !primaryKey.includes(field.id));
  const assignments = sql.join(
    values.map((field) => sql`${column(field.id)} = v.${column(field.id)}`),
    sql`, `,
  );
  if (method === 'update') {
    const matches = sql.join(
      primaryKey.map((id) => sql`t.${column(id)} = v.${column(id)}`),
      sql` and `,
    );
    const set = values.length > 0 ? assignments : sql`${column(primaryKey[0]!)} = v.${column(primaryKey[0]!)}`;
    const updated = await queryRows<{ n: number | string }>(
      tx,
      sql`update ${tableRef(tableName)} t set ${set} from ${rowsRelation(group.fields, group.rows)} where ${matches} returning v._n as n`,
    );
    const found = new Set(updated.map((row) => Number(row.n)));
    const missing = group.rows.findIndex((_, index) => !found.has(index + 1));
    if (missing >= 0) throw new KeyNotFound(group.positions[missing]!);
    return 0;
  }
  const conflict =
    method === 'upsert'
      ? sql` on conflict (${sql.join(
          primaryKey.map((id) => column(id)),
          sql`, `,
        )}) do ${
          values.length > 0
            ? sql`update set ${sql.join(
                values.map((field) => sql`${column(field.id)} = excluded.${column(field.id)}`),
                sql`, `,
              )}`
            : sql`nothing`
        }`
      : sql``;
  // `xmax = 0` marks a row this statement inserted rather than updated: the row count stays exact.
  const written = await queryRows<{ inserted: boolean }>(
    tx,
    sql`insert into ${tableRef(tableName)} (${names}) select ${selected} from ${rowsRelation(group.fields, group.rows)}${conflict} returning (xmax = 0) as inserted`,
  );
  return written.filter((row) => row.inserted).length;
}
