import { errors, refuse, type Outcome } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import type { AlsoInTransaction } from './create';
import { addToRowCount, findDatastoreTable } from './repository';
import { checkWritable } from './write-guard';
import type { DatastoreUpsertParams } from './write-params';
import { groupRecords } from './write-records';
import { KeyNotFound, writeGroup } from './write-rows';

/**
 * CKAN's datastore_upsert: `insert` adds the records; `upsert` (the default) inserts or updates the row
 * with the same primary key; `update` changes existing rows only (a key that matches nothing refuses the
 * whole call). At most MAX_RECORDS_PER_CALL records, one transaction; a record that does not fit comes back
 * as a field error naming it. The caller checked that the actor may edit the dataset.
 */
export async function datastoreUpsert(
  params: DatastoreUpsertParams,
  deps: Pick<ModuleDeps, 'db'>,
  also?: AlsoInTransaction,
): Promise<Outcome<{ result: { resource_id: string; method: string; inserted: number } }>> {
  const forced = await checkWritable(deps.db, params.resource_id, params.force);
  if (forced) return refuse({ force: forced });
  try {
    return await deps.db.transaction(async (tx) => {
      const table = await findDatastoreTable(tx, params.resource_id, { forUpdate: true });
      if (!table || table.fields.length === 0) throw errors.notFound('Die DataStore-Tabelle');
      if (params.method !== 'insert' && table.primaryKey.length === 0) {
        return refuse({ method: 'Die Tabelle hat keinen Primärschlüssel (primary_key): Wählen Sie method=insert.' });
      }
      const groups = groupRecords(params.records, table.fields, params.method === 'insert' ? [] : table.primaryKey);
      if ('problem' in groups) return refuse({ records: groups.problem });
      let inserted = 0;
      for (const group of groups) inserted += await writeGroup(tx, table.tableName, table.primaryKey, params.method, group);
      await addToRowCount(tx, params.resource_id, inserted);
      await also?.(tx);
      return { ok: true as const, result: { resource_id: params.resource_id, method: params.method, inserted } };
    });
  } catch (error) {
    if (error instanceof KeyNotFound) return refuse({ records: `Datensatz ${error.position}: Es gibt keinen Datensatz mit diesem Schlüssel.` });
    // A unique key violated by `insert` is the client's to correct (Drizzle wraps the database's error as `cause`).
    const { code, cause } = error as { code?: string; cause?: { code?: string } };
    if ((code ?? cause?.code) === '23505') {
      return refuse({ records: 'Ein Datensatz hat denselben Schlüssel wie ein vorhandener: Nutzen Sie method=upsert.' });
    }
    throw error;
  }
}
