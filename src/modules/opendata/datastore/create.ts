import { sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import { refuse, type Outcome } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { datastoreTables, type DatastoreField } from '../tables/datastore';
import { addToRowCount, findDatastoreTable, markActive } from './repository';
import { COLUMN_TYPES, createTableSql, dropFullTextIndexSql, fullTextIndexSql, indexSql, primaryKeyIndexSql, quoteIdent, SCHEMA } from './table-sql';
import { checkWritable } from './write-guard';
import { parseFields } from './write-fields';
import type { DatastoreCreateParams } from './write-params';
import { groupRecords } from './write-records';
import { writeGroup } from './write-rows';

export interface DatastoreCreateResult {
  resource_id: string;
  fields: DatastoreField[];
  primary_key: string[];
}

/** What the caller writes in the same transaction, such as its audit entry. */
export type AlsoInTransaction = (tx: Executor) => Promise<void>;

/** Fields of an existing table: a field keeps its type; new fields are added. */
function mergeFields(
  existing: readonly DatastoreField[],
  given: readonly DatastoreField[],
): { fields: DatastoreField[]; added: DatastoreField[] } | { problem: string } {
  const byId = new Map(existing.map((field) => [field.id, field]));
  const changed = given.find((field) => byId.has(field.id) && byId.get(field.id)!.type !== field.type);
  if (changed) return { problem: `Das Feld „${changed.id}“ hat schon den Typ ${byId.get(changed.id)!.type}; ein Typ lässt sich nicht ändern.` };
  const added = given.filter((field) => !byId.has(field.id));
  return { fields: [...existing, ...added], added };
}

/**
 * CKAN's datastore_create: creates the resource's DataStore table from `fields` (with `primary_key` and
 * `indexes`), or adds new fields to an existing one, and inserts `records`; all in one transaction.
 * The caller (the CKAN action) has checked that the actor may edit the dataset; `also` runs inside the transaction.
 */
export async function datastoreCreate(
  params: DatastoreCreateParams,
  deps: Pick<ModuleDeps, 'db'>,
  also?: AlsoInTransaction,
): Promise<Outcome<{ result: DatastoreCreateResult }>> {
  const forced = await checkWritable(deps.db, params.resource_id, params.force);
  if (forced) return refuse({ force: forced });
  const given = parseFields(params.fields ?? []);
  if ('problem' in given) return refuse({ fields: given.problem });
  return deps.db.transaction(async (tx) => {
    const existing = await findDatastoreTable(tx, params.resource_id, { forUpdate: true });
    const tableExists = existing !== undefined && existing.fields.length > 0;
    const merged = tableExists ? mergeFields(existing.fields, given) : { fields: given, added: given };
    if ('problem' in merged) return refuse({ fields: merged.problem });
    if (merged.fields.length === 0) return refuse({ fields: 'Geben Sie die Felder der Tabelle an (fields).' });
    const primaryKey = tableExists ? existing.primaryKey : (params.primary_key ?? []);
    if (tableExists && params.primary_key && params.primary_key.join() !== primaryKey.join()) {
      return refuse({ primary_key: 'Der Primärschlüssel einer bestehenden Tabelle lässt sich nicht ändern.' });
    }
    const unknown = [...primaryKey, ...(params.indexes ?? [])].find((id) => !merged.fields.some((field) => field.id === id));
    if (unknown) return refuse({ [primaryKey.includes(unknown) ? 'primary_key' : 'indexes']: `Die Tabelle hat kein Feld „${unknown}“.` });
    const groups = groupRecords(params.records ?? [], merged.fields, primaryKey);
    if ('problem' in groups) return refuse({ records: groups.problem });

    const tableName = params.resource_id;
    if (!tableExists) {
      await tx.execute(createTableSql(tableName, merged.fields));
      await tx.execute(fullTextIndexSql(tableName, merged.fields));
      if (primaryKey.length > 0) await tx.execute(primaryKeyIndexSql(tableName, primaryKey));
      await tx.insert(datastoreTables).values({ resourceId: params.resource_id, tableName, fields: [] }).onConflictDoNothing();
    } else if (merged.added.length > 0) {
      const columns = merged.added.map((field) => `add column ${quoteIdent(field.id)} ${COLUMN_TYPES[field.type]}`).join(', ');
      await tx.execute(sql.raw(`alter table ${SCHEMA}.${quoteIdent(tableName)} ${columns}`));
      // The full text covers the new fields too: its index is built again.
      await tx.execute(dropFullTextIndexSql(tableName));
      await tx.execute(fullTextIndexSql(tableName, merged.fields));
    }
    for (const id of params.indexes ?? []) await tx.execute(indexSql(tableName, [id]));
    // With a primary key, records upsert: a repeated create with the same records does not fail on the unique key.
    let inserted = 0;
    for (const group of groups) inserted += await writeGroup(tx, tableName, primaryKey, primaryKey.length > 0 ? 'upsert' : 'insert', group);
    await markActive(tx, params.resource_id, {
      fields: merged.fields,
      rowCount: tableExists ? existing.rowCount : 0,
      loadedBytes: existing?.loadedBytes ?? 0,
      primaryKey,
    });
    await addToRowCount(tx, params.resource_id, inserted);
    await also?.(tx);
    return { ok: true as const, result: { resource_id: params.resource_id, fields: merged.fields, primary_key: primaryKey } };
  });
}
