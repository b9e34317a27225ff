import { eq } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import { errors, refuse, type Outcome } from '../../../kernel/http';
import { enqueue, type JobHandler } from '../../../kernel/jobs';
import type { ModuleDeps } from '../../../kernel/module';
import { datastoreTables, DATASTORE_FIELD_TYPES, type DatastoreField } from '../tables/datastore';
import { loadDatastore, type LoadOptions } from './load';
import { findDatastoreTable, markPending } from './repository';

export const DATASTORE_LOAD_JOB = 'opendata.datastore.load';

/**
 * Queues the load of a distribution's file into the DataStore, in the caller's transaction (so it runs
 * only if the upload or change commits). Call it when a CSV distribution is uploaded or its file changes.
 */
export async function enqueueDatastoreLoad(tx: Executor, resourceId: string): Promise<void> {
  await markPending(tx, resourceId);
  // Attempts are for the database being away; a bad file fails once, with its message, and is not retried.
  await enqueue(tx, DATASTORE_LOAD_JOB, { resourceId }, { maxAttempts: 3 });
}

export function datastoreJobs(deps: Pick<ModuleDeps, 'db' | 'database' | 'files'>, options: LoadOptions = {}): JobHandler[] {
  return [
    {
      kind: DATASTORE_LOAD_JOB,
      run: async (payload) => {
        if (typeof payload.resourceId !== 'string') throw new Error('opendata.datastore.load without a resourceId');
        await loadDatastore(payload.resourceId, deps, options);
      },
    },
  ];
}

/**
 * The publisher corrects guessed types ("guessed and editable"): the chosen types are kept with the
 * fields (`info.type_override`, as CKAN's Data Dictionary does) and the file is loaded again with them.
 * A value that does not fit the chosen type fails the reload with its line; the previous table stays.
 */
export async function changeFieldTypes(
  resourceId: string,
  types: Readonly<Record<string, string>>,
  deps: Pick<ModuleDeps, 'db'>,
  /** Written in the same transaction once the change is accepted (the back office's audit entry). */
  record?: (tx: Executor) => Promise<void>,
): Promise<Outcome> {
  return deps.db.transaction(async (tx) => {
    const table = await findDatastoreTable(tx, resourceId, { forUpdate: true });
    if (!table) throw errors.notFound('Die DataStore-Tabelle');
    const known = new Set(table.fields.map((field) => field.id));
    const problems: Record<string, string> = {};
    for (const [id, type] of Object.entries(types)) {
      if (!known.has(id)) problems[id] = `Die Tabelle hat kein Feld „${id}“.`;
      else if (!(DATASTORE_FIELD_TYPES as readonly string[]).includes(type)) problems[id] = `Wählen Sie einen der Typen ${DATASTORE_FIELD_TYPES.join(', ')}.`;
    }
    if (Object.keys(problems).length > 0) return refuse(problems);
    const fields = table.fields.map((field): DatastoreField => {
      const type = types[field.id] as DatastoreField['type'] | undefined;
      return type ? { ...field, info: { ...field.info, label: field.info?.label ?? field.id, type_override: type } } : field;
    });
    await tx.update(datastoreTables).set({ fields }).where(eq(datastoreTables.resourceId, resourceId));
    await enqueueDatastoreLoad(tx, resourceId);
    await record?.(tx);
    return { ok: true };
  });
}
