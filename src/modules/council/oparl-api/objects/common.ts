import { sql, type Column, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../../kernel/db';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { OparlType } from '../../paths';
import { objectUrl, type OparlContext } from '../context';
import { dateTime, withoutEmpty, type JsonObject, type JsonValue } from '../json';

/** OParl's names of the types (spec 3.1, `type`), by the lower-case form of our URLs. */
export const OPARL_TYPE_NAMES: Record<OparlType, string> = {
  system: 'System',
  body: 'Body',
  legislativeterm: 'LegislativeTerm',
  organization: 'Organization',
  person: 'Person',
  membership: 'Membership',
  meeting: 'Meeting',
  agendaitem: 'AgendaItem',
  paper: 'Paper',
  consultation: 'Consultation',
  file: 'File',
  location: 'Location',
};

export const OPARL_SCHEMA = 'https://schema.oparl.org/1.1/';

export function typeUrl(type: OparlType): string {
  return `${OPARL_SCHEMA}${OPARL_TYPE_NAMES[type]}`;
}

/** The columns every OParl table has (tables/oparl-columns.ts). */
export interface CommonRow {
  id: string;
  created: Date;
  modified: Date;
  deleted: boolean;
  keyword: string[];
  web: string | null;
  license: string | null;
}

/**
 * An object: `id` and `type` first, the type's own properties, then the common ones (spec 3.1), all
 * without empty values. A deleted object keeps only `id`, `type`, `created`, `modified`, `deleted`
 * (spec 2.8), plus `required`: the properties its schema demands even then (a Body's name and lists,
 * an AgendaItem's order, a File's accessUrl).
 */
export function oparlObject(
  context: OparlContext,
  type: OparlType,
  row: CommonRow,
  properties: () => Record<string, JsonValue | null | undefined>,
  required: () => Record<string, JsonValue> = () => ({}),
): JsonObject {
  const head = { id: objectUrl(context, type, row.id), type: typeUrl(type) };
  const times = { created: dateTime(row.created), modified: dateTime(row.modified) };
  if (row.deleted) return { ...head, ...required(), ...times, deleted: true };
  return withoutEmpty({ ...head, ...properties(), license: row.license, keyword: row.keyword, ...times, web: row.web });
}

/**
 * One OParl type as the server serves it: its table, which of its rows the public may see at all
 * (non-public agenda items, papers and files never, nor what would reveal them), and how rows that
 * passed become objects.
 */
export interface OparlKind {
  type: Exclude<OparlType, 'system'>;
  table: PgTable;
  /** A condition on the table's rows; absent when every row is public. */
  visible?: SQL;
  /** The objects of these ids (visible ones; deleted ones as their remains), in the order of the ids. */
  render(context: OparlContext, ids: readonly string[]): Promise<JsonObject[]>;
}

/**
 * Which of these ids name undeleted rows of the table that pass `condition` (the public ones, for
 * papers and agenda items). Asked by primary key after reading a link table on its own: a join of a
 * small link table with a large one is planned from statistics, and PGlite has none until its hourly
 * ANALYZE (docs/database.md, trap 10): a join of papers and their relations read all 100,000 papers.
 */
export async function undeletedAmong(db: Executor, table: PgTable, ids: Iterable<string>, condition?: SQL): Promise<Set<string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Set();
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select id from ${table} where ${anyOf(sql`id`, unique)} and not deleted${condition ? sql` and ${condition}` : sql``}`,
  );
  return new Set(rows.map((row) => row.id));
}

/**
 * A list of values read inside the select of its object, `(select coalesce(json_agg(…), '[]') from …)`:
 * an object's references arrive with its row, one statement for a page instead of one per list.
 * `from` is the rest of the subquery (`from … where …`) and refers to the outer row.
 */
export function listOf<Item>(value: SQL, from: SQL, orderBy: SQL): SQL<Item[]> {
  return sql<Item[]>`(select coalesce(json_agg(${value} order by ${orderBy}), '[]'::json) ${from})`.mapWith((raw: unknown) =>
    typeof raw === 'string' ? (JSON.parse(raw) as Item[]) : (raw as Item[]),
  );
}

/**
 * `column = any($1::uuid[])`: one parameter for a list of ids. Drizzle's `inArray` sends one
 * parameter each, and 100 of them cost PGlite three times the CPU of the whole lookup (measured for
 * a page of 100 papers). For lookups by id only (docs/database.md, trap 11).
 */
export function anyOf(column: Column | SQL, ids: Iterable<string>): SQL {
  return sql`${column} = any(${`{${[...ids].join(',')}}`}::uuid[])`;
}

/** A list left out (omit_internal): read as empty, at no cost. */
export const NO_LIST = sql<string[]>`'[]'::json`.mapWith(() => [] as string[]);
