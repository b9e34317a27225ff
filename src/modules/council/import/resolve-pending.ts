/**
 * The end of a run: references that waited for their objects are filled in where the objects came
 * (on a later page or in this run's later lists), waiting objects are stored, and what still waits is
 * reported. It stays waiting: a later run may bring the object.
 */
import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { councilImportPending, type PendingObject } from '../tables';
import { isJoinName, isOparlKind, JOIN_FIELDS, OPARL_TABLES, type OparlKind } from './oparl-tables';
import { storeObject, type Store } from './store-object';
import { joinRow } from './store-rows';

type PendingRow = typeof councilImportPending.$inferSelect;

const typesOf = (field: string): string[] => (field.split(':')[2] ?? '').split('|');

async function storeWaitingObjects(store: Store): Promise<void> {
  const { tx, state } = store;
  let waiting = await tx
    .select()
    .from(councilImportPending)
    .where(and(eq(councilImportPending.sourceId, state.sourceId), isNotNull(councilImportPending.object)));
  for (let progress = true; progress;) {
    progress = false;
    const still: PendingRow[] = [];
    for (const row of waiting) {
      const object = row.object as PendingObject;
      if (!isOparlKind(object.kind) || !state.rowIdOf(row.targetUrl, typesOf(row.field))) {
        still.push(row);
        continue;
      }
      await tx.delete(councilImportPending).where(eq(councilImportPending.id, row.id));
      state.pendingHolders.delete(row.holderUrl);
      await storeObject(store, object.kind, object.data, object.ctx);
      progress = true;
    }
    waiting = still;
  }
  for (const row of waiting) {
    state.skip(row.holderUrl, `Verweist auf ${row.targetUrl}, das die Quelle nicht liefert; das Objekt wurde nicht übernommen.`);
  }
}

/** Fills in one waiting reference if its object is known now; false if it still waits. */
async function resolveReference(store: Store, row: PendingRow): Promise<boolean> {
  const holder = store.state.lookup(row.holderUrl);
  if (!holder || !isOparlKind(holder.type)) return true;
  const table = OPARL_TABLES[holder.type as OparlKind];
  if (row.field.startsWith('column:')) {
    const targetId = store.state.rowIdOf(row.targetUrl, typesOf(row.field));
    if (!targetId) return false;
    const column = row.field.split(':')[1]!;
    await store.tx
      .update(table)
      .set({ [column]: targetId, modified: store.now } as never)
      .where(eq(table.id, holder.rowId));
    return true;
  }
  if (!isJoinName(row.field)) return true;
  const field = JOIN_FIELDS[row.field];
  const targetId = store.state.rowIdOf(row.targetUrl, field.targetTypes);
  if (!targetId) return false;
  await store.tx
    .insert(field.table)
    .values(joinRow(row.field, holder.rowId, targetId, row.position) as never)
    .onConflictDoNothing();
  await store.tx
    .update(table)
    .set({ modified: store.now } as never)
    .where(eq(table.id, holder.rowId));
  return true;
}

export async function resolvePending(store: Store): Promise<void> {
  await storeWaitingObjects(store);
  const { tx, state } = store;
  const rows = await tx
    .select()
    .from(councilImportPending)
    .where(and(eq(councilImportPending.sourceId, state.sourceId), isNull(councilImportPending.object)));
  const done: string[] = [];
  for (const row of rows) {
    if (await resolveReference(store, row)) done.push(row.id);
    else state.skip(row.holderUrl, `Der Verweis ${row.field.replace(/^column:|:.*$/g, '')} auf ${row.targetUrl} führt zu keinem Objekt der Quelle.`);
  }
  for (let start = 0; start < done.length; start += 1000) {
    await tx.delete(councilImportPending).where(inArray(councilImportPending.id, done.slice(start, start + 1000)));
  }
}
