import { and, eq, inArray } from 'drizzle-orm';
import { audit } from '../../../kernel/audit';
import type { Executor } from '../../../kernel/db';
import { errors, type Outcome, isUuid } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { ckanAction, type CkanActions } from '../ckan/action-route';
import { datastoreSearchSqlSchema } from '../ckan/params';
import {
  datastoreCreate,
  datastoreCreateSchema,
  datastoreDelete,
  datastoreDeleteSchema,
  datastoreSearch,
  datastoreSearchSchema,
  datastoreSearchSql,
  datastoreUpsert,
  datastoreUpsertSchema,
} from '../datastore';
import { ANONYMOUS, mayReadDataset } from '../policies';
import { findDatasetById } from '../repository/datasets';
import { datasets, resources } from '../tables';
import type { UsageCounter } from '../usage/counter';
import type { CkanPerson } from './read-actions';
import { requireEditable } from './write-access';

async function datasetOfResource(db: Executor, resourceId: string) {
  if (!isUuid(resourceId)) return undefined;
  const [row] = await db
    .select({ id: datasets.id, name: datasets.name, organizationId: datasets.organizationId, state: datasets.state, private: datasets.private })
    .from(resources)
    .innerJoin(datasets, eq(datasets.id, resources.datasetId))
    .where(eq(resources.id, resourceId));
  return row;
}

/** Reading a resource's table: whoever may read its dataset; anyone else is told it does not exist. Answers the dataset's name. */
async function requireReadable(db: Executor, person: CkanPerson | null, resourceId: string): Promise<string> {
  const dataset = await datasetOfResource(db, resourceId);
  if (!dataset || dataset.state === 'deleted' || !mayReadDataset(person?.access ?? ANONYMOUS, dataset)) throw errors.notFound('Not found');
  return dataset.name;
}

/**
 * Writing needs a key with write scope of an editor or admin of the dataset's organisation, and a
 * dataset its publishers maintain here: a harvest or a module would replace the table with the
 * dataset's files at its next run (`requireEditable`).
 */
async function requireWritable(deps: Pick<ModuleDeps, 'db' | 'modules'>, person: CkanPerson | null, resourceId: string): Promise<void> {
  const { db } = deps;
  if (!person) throw errors.forbidden();
  await requireReadable(db, person, resourceId);
  if (person.scope !== 'write') throw errors.forbidden();
  const dataset = (await datasetOfResource(db, resourceId))!;
  await requireEditable(deps, person, await findDatasetById(db, dataset.id));
}

/** A refused Outcome is CKAN's Validation Error (409) with the fields named. */
function resultOf<T>(outcome: Outcome<{ result: T }>): T {
  if (!outcome.ok) throw errors.validation(outcome.errors);
  return outcome.result;
}

/** The DataStore's CKAN actions: search (and SQL search where enabled) for readers, pushes for publishers with a write key. */
export function datastoreActions(deps: Pick<ModuleDeps, 'db' | 'config' | 'database' | 'modules'>, usage: UsageCounter): CkanActions<CkanPerson> {
  const { db } = deps;
  return {
    datastore_search: ckanAction(true, datastoreSearchSchema, async (params, { person, request }) => {
      const datasetName = await requireReadable(db, person, params.resource_id);
      const result = resultOf(await datastoreSearch(params, deps));
      usage.count('apiCalls', datasetName, request);
      return result;
    }),
    datastore_search_sql: ckanAction(true, datastoreSearchSqlSchema, async (params, { request }) => {
      // Only tables of published public datasets may be read by SQL, whoever asks.
      const readDatasets = new Set<string>();
      const publicTables = async (names: readonly string[]) => {
        const ids = names.filter((name) => isUuid(name));
        if (ids.length === 0) return new Set<string>();
        const rows = await db
          .select({ id: resources.id, datasetName: datasets.name })
          .from(resources)
          .innerJoin(datasets, eq(datasets.id, resources.datasetId))
          .where(and(inArray(resources.id, ids), eq(datasets.state, 'active'), eq(datasets.private, false)));
        for (const row of rows) readDatasets.add(row.datasetName);
        return new Set(rows.map((row) => row.id));
      };
      const result = resultOf(await datastoreSearchSql(params, publicTables, deps));
      // A query over several tables is one call for each dataset it read.
      for (const datasetName of readDatasets) usage.count('apiCalls', datasetName, request);
      return result;
    }),
    datastore_create: ckanAction(false, datastoreCreateSchema, async (params, { person }) => {
      await requireWritable(deps, person, params.resource_id);
      return resultOf(
        await datastoreCreate(params, deps, (tx) =>
          audit(tx, person!.access.user, { action: 'opendata.datastore.created', objectType: 'resource', objectId: params.resource_id }),
        ),
      );
    }),
    datastore_upsert: ckanAction(false, datastoreUpsertSchema, async (params, { person }) => {
      await requireWritable(deps, person, params.resource_id);
      return resultOf(
        await datastoreUpsert(params, deps, (tx) =>
          audit(tx, person!.access.user, { action: 'opendata.datastore.upserted', objectType: 'resource', objectId: params.resource_id }),
        ),
      );
    }),
    datastore_delete: ckanAction(false, datastoreDeleteSchema, async (params, { person }) => {
      await requireWritable(deps, person, params.resource_id);
      return resultOf(
        await datastoreDelete(params, deps, (tx) =>
          audit(tx, person!.access.user, { action: 'opendata.datastore.deleted', objectType: 'resource', objectId: params.resource_id }),
        ),
      );
    }),
  };
}
