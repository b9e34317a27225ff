/** The writes behind storeObject: one row by its source URL, a list of references, a Gremium's slug. */
import { and, eq, getTableColumns, like, or, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../../../kernel/db';
import { councilAgendaItems, councilOrganizations } from '../tables';
import { JOIN_FIELDS, OPARL_TABLES, type JoinField, type JoinName, type OparlKind } from './oparl-tables';
import type { Store } from './store-object';

/** Inserts or updates the row of (source, URL); `slug` and `created` are kept from the first import. */
export async function writeRow(
  tx: Executor,
  kind: OparlKind,
  common: Record<string, unknown>,
  values: Record<string, unknown>,
  created: Date,
): Promise<string> {
  const table = OPARL_TABLES[kind];
  const { slug, ...updatable } = values;
  void slug;
  const [row] = await tx
    .insert(table)
    .values({ ...common, ...values, created } as never)
    .onConflictDoUpdate({ target: [table.sourceId, table.externalUrl], set: { ...common, ...updatable } as never })
    .returning({ id: table.id });
  return row!.id;
}

const propertyNames = new WeakMap<PgColumn, string>();

/** Drizzle inserts take the columns' property names ("meetingId"), not the columns. */
function propertyOf(table: PgTable, column: PgColumn): string {
  let name = propertyNames.get(column);
  if (!name) {
    name = Object.entries(getTableColumns(table)).find(([, candidate]) => candidate === column)![0];
    propertyNames.set(column, name);
  }
  return name;
}

/**
 * Replaces the holder's references of one list by those that resolve; the others are returned to
 * wait (with their place in the list) until a later page or run brings their objects.
 */
export async function insertJoins(store: Store, name: JoinName, holderId: string, urls: readonly string[], replace: boolean) {
  const field: JoinField = JOIN_FIELDS[name];
  const fixed = field.fixed;
  if (replace) {
    await store.tx.delete(field.table).where(and(eq(field.holder, holderId), fixed ? eq(fixed.column, fixed.value) : undefined));
  }
  const rows: Record<string, unknown>[] = [];
  const waiting: { field: string; targetUrl: string; position: number }[] = [];
  urls.forEach((url, position) => {
    const targetId = store.state.rowIdOf(url, field.targetTypes);
    if (targetId) rows.push(joinRow(name, holderId, targetId, position));
    else waiting.push({ field: name, targetUrl: url, position });
  });
  if (rows.length > 0) {
    await store.tx
      .insert(field.table)
      .values(rows as never)
      .onConflictDoNothing();
  }
  return waiting;
}

export function joinRow(name: JoinName, holderId: string, targetId: string, position: number): Record<string, unknown> {
  const field: JoinField = JOIN_FIELDS[name];
  const row: Record<string, unknown> = { [propertyOf(field.table, field.holder)]: holderId, [propertyOf(field.table, field.target)]: targetId };
  if (field.fixed) row[propertyOf(field.table, field.fixed.column)] = field.fixed.value;
  if (field.position) row[propertyOf(field.table, field.position)] = position;
  return row;
}

/** An agenda item without `order` from a list of its own: after the meeting's last. */
export async function nextAgendaOrder(tx: Executor, meetingId: string): Promise<number> {
  const [row] = await tx
    .select({ next: sql<number>`coalesce(max(${councilAgendaItems.order}), 0)::int + 1` })
    .from(councilAgendaItems)
    .where(eq(councilAgendaItems.meetingId, meetingId));
  return row?.next ?? 1;
}

const TRANSLITERATION: [RegExp, string][] = [
  [/ä/g, 'ae'],
  [/ö/g, 'oe'],
  [/ü/g, 'ue'],
  [/ß/g, 'ss'],
];

/** "Ausschuss für Planung" → "ausschuss-fuer-planung"; "-2", "-3" … when the body has it already. */
export async function uniqueOrganizationSlug(tx: Executor, bodyId: string, name: string): Promise<string> {
  let base = name.toLowerCase();
  for (const [pattern, replacement] of TRANSLITERATION) base = base.replace(pattern, replacement);
  base =
    base
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'gremium';
  const rows = await tx
    .select({ slug: councilOrganizations.slug })
    .from(councilOrganizations)
    .where(and(eq(councilOrganizations.bodyId, bodyId), or(eq(councilOrganizations.slug, base), like(councilOrganizations.slug, `${base}-%`))));
  const taken = new Set(rows.map((row) => row.slug));
  let slug = base;
  for (let suffix = 2; taken.has(slug); suffix++) slug = `${base}-${suffix}`;
  return slug;
}
