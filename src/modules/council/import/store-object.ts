/**
 * Stores one OParl object of a source (and the objects embedded in it) by its URL: new, changed
 * (`modified` moves to now), unchanged (its content hash is the same: nothing is written) or deleted
 * (soft: `deleted` set). References to objects not seen yet wait in council_import_pending.
 */
import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import { councilImportObjects, councilImportPending } from '../tables';
import { mapObject } from './map-object';
import type { ColumnRef, MapContext, Mapped } from './mapped';
import { httpUrlOf, isObject, oparlTypeName, text, texts, timestamp, type Json } from './normalize';
import { oparlTable, type OparlKind } from './oparl-tables';
import { insertJoins, nextAgendaOrder, uniqueOrganizationSlug, writeRow } from './store-rows';
import type { RunState } from './run-state';

export interface Store {
  tx: Executor;
  state: RunState;
  now: Date;
  /** Rows of council_import_objects written in one statement when the page is done (`inStore`). */
  objects: Map<string, { type: string; rowId: string; hash: string }>;
}

/** Runs the writes of a page (or of the run's end) in the transaction, then the map of objects they touched. */
export async function inStore<T>(tx: Executor, state: RunState, now: Date, write: (store: Store) => Promise<T>): Promise<T> {
  const store: Store = { tx, state, now, objects: new Map() };
  const result = await write(store);
  const rows = [...store.objects].map(([externalUrl, object]) => ({ sourceId: state.sourceId, externalUrl, ...object }));
  for (let start = 0; start < rows.length; start += 1000) {
    await tx
      .insert(councilImportObjects)
      .values(rows.slice(start, start + 1000))
      .onConflictDoUpdate({
        target: [councilImportObjects.sourceId, councilImportObjects.externalUrl],
        set: { type: sql`excluded.type`, rowId: sql`excluded.row_id`, hash: sql`excluded.hash` },
      });
  }
  return result;
}

export const columnField = (ref: ColumnRef) => `column:${ref.column}:${ref.types.join('|')}`;

/** The row id, or undefined when the object was skipped or waits for a reference. */
export async function storeObject(store: Store, kind: OparlKind, data: unknown, ctx: MapContext): Promise<string | undefined> {
  const { state } = store;
  const url = isObject(data) ? httpUrlOf(data.id) : undefined;
  if (!isObject(data) || !url) {
    state.skip(
      isObject(data) ? String(data.id ?? '(ohne id)').slice(0, 300) : '(kein Objekt)',
      `Ein ${kind}-Eintrag ohne gültige id (URL) wurde übersprungen.`,
    );
    return undefined;
  }
  // Embedded objects often come without `type`; a wrong one is a broken object.
  if (data.type !== undefined && oparlTypeName(data.type) !== kind) {
    state.skip(url, `Als ${kind} erwartet, aber vom Typ „${String(data.type).slice(0, 100)}“.`);
    return undefined;
  }
  const known = state.lookup(url);
  if (known && known.type !== kind) {
    state.skip(url, `Die id gehört schon zu einem Objekt vom Typ ${known.type}.`);
    return undefined;
  }
  if (data.deleted === true) return markDeleted(store, kind, known?.rowId);
  const hash = createHash('sha1').update(JSON.stringify(data)).digest('hex');
  if (known?.hash === hash) {
    state.count(kind, 'unchanged');
    return known.rowId;
  }
  const mapped = mapObject(kind, data, ctx);
  for (const child of mapped.before) await storeObject(store, child.kind, child.data, { ...child.ctx, bodyId: ctx.bodyId });
  for (const ref of mapped.required) {
    const rowId = ref.url ? state.rowIdOf(ref.url, ref.types) : undefined;
    if (!rowId) return waitFor(store, kind, url, data, ctx, ref);
    mapped.values[ref.column] = rowId;
  }
  const unresolved = mapped.refs.filter((ref) => {
    const rowId = state.rowIdOf(ref.url, ref.types);
    mapped.values[ref.column] = rowId ?? null;
    return rowId === undefined;
  });
  await completeValues(store, kind, mapped, known !== undefined);
  const rowId = await writeRow(store.tx, kind, commonValues(store, url, data), mapped.values, timestamp(data.created) ?? store.now);
  state.remember(url, { type: kind, rowId, hash });
  state.count(kind, known ? 'changed' : 'new');
  store.objects.set(url, { type: kind, rowId, hash });
  if (state.pendingHolders.delete(url)) await store.tx.delete(councilImportPending).where(pendingOf(state.sourceId, url));
  const waiting = unresolved.map((ref) => ({ field: columnField(ref), targetUrl: ref.url, position: 0 }));
  for (const join of mapped.joins) waiting.push(...(await insertJoins(store, join.name, rowId, join.urls, known !== undefined)));
  if (waiting.length > 0) {
    await store.tx.insert(councilImportPending).values(waiting.map((entry) => ({ ...entry, sourceId: state.sourceId, holderUrl: url })));
    state.pendingHolders.add(url);
  }
  // A Body's own legislative terms belong to it.
  const bodyId = kind === 'Body' ? rowId : ctx.bodyId;
  for (const child of mapped.after) await storeObject(store, child.kind, child.data, { ...child.ctx, bodyId, parentId: rowId });
  return rowId;
}

const pendingOf = (sourceId: string, holderUrl: string) => and(eq(councilImportPending.sourceId, sourceId), eq(councilImportPending.holderUrl, holderUrl));

function commonValues(store: Store, url: string, data: Json) {
  return {
    sourceId: store.state.sourceId,
    externalUrl: url,
    sourceModified: timestamp(data.modified),
    modified: store.now,
    deleted: false,
    keyword: texts(data.keyword),
    web: httpUrlOf(data.web) ?? null,
    license: text(data.license),
  };
}

/** What only the database can tell: a new Gremium's slug, the place of an agenda item without `order`. */
async function completeValues(store: Store, kind: OparlKind, mapped: Mapped, known: boolean): Promise<void> {
  const { values } = mapped;
  if (kind === 'Organization' && !known) {
    values.slug = await uniqueOrganizationSlug(store.tx, values.bodyId as string, (values.shortName ?? values.name ?? 'gremium') as string);
  }
  if (kind === 'AgendaItem' && values.order === null) {
    if (known) delete values.order;
    else values.order = await nextAgendaOrder(store.tx, values.meetingId as string);
  }
}

/** The object cannot be stored yet: it waits whole (with where it was read) until its reference turns up. */
async function waitFor(store: Store, kind: OparlKind, url: string, data: Json, ctx: MapContext, ref: ColumnRef): Promise<undefined> {
  const { state } = store;
  if (!ref.url) {
    state.skip(url, `Dem ${kind} fehlt der Pflichtverweis ${ref.column.replace(/Id$/, '')}; nicht übernommen.`);
    return undefined;
  }
  if (state.pendingHolders.delete(url)) await store.tx.delete(councilImportPending).where(pendingOf(state.sourceId, url));
  await store.tx.insert(councilImportPending).values({
    sourceId: state.sourceId,
    holderUrl: url,
    field: `object:${ref.column}:${ref.types.join('|')}`,
    targetUrl: ref.url,
    object: { kind, data, ctx },
  });
  state.pendingHolders.add(url);
  return undefined;
}

async function markDeleted(store: Store, kind: OparlKind, rowId: string | undefined): Promise<string | undefined> {
  // An object deleted before we ever saw it leaves nothing to mark.
  if (!rowId) return undefined;
  const table = oparlTable(kind);
  const updated = await store.tx
    .update(table.table)
    .set({ deleted: true, modified: store.now } as never)
    .where(and(eq(table.id, rowId), eq(table.deleted, false)))
    .returning({ id: table.id });
  store.state.count(kind, updated.length > 0 ? 'deleted' : 'unchanged');
  return rowId;
}
