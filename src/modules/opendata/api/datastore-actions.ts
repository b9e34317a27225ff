import { and, eq, inArray } from 'drizzle-orm';
import { audit } from '../../../kernel/audit';
import type { Executor } from '../../../kernel/db';
import { errors, type Outcome } from '../../../kernel/http';
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
import { ANONYMOUS, mayEditDataset, mayReadDataset } from '../policies';
import { datasets, resources } from '../tables';
import type { CkanPerson } from './read-actions';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function datasetOfResource(db: Executor, resourceId: string) {
  if (!UUID.test(resourceId)) return undefined;
  const [row] = await db
    .select({ id: datasets.id, organizationId: datasets.organizationId, state: datasets.state, private: datasets.private })
    .from(resources)
    .innerJoin(datasets, eq(datasets.id, resources.datasetId))
    .where(eq(resources.id, resourceId));
  return row;
}

/** Reading a resource's table: whoever may read its dataset; anyone else is told it does not exist. */
async function requireReadable(db: Executor, person: CkanPerson | null, resourceId: string): Promise<void> {
  const dataset = await datasetOfResource(db, resourceId);
  if (!dataset || dataset.state === 'deleted' || !mayReadDataset(person?.access ?? ANONYMOUS, dataset)) throw errors.notFound('Not found');
}

/** Writing needs a key with write scope of an editor or admin of the dataset's organisation. */
async function requireWritable(db: Executor, person: CkanPerson | null, resourceId: string): Promise<void> {
  if (!person) throw errors.forbidden();
  await requireReadable(db, person, resourceId);
  const dataset = (await datasetOfResource(db, resourceId))!;
  if (person.scope !== 'write' || !mayEditDataset(person.access, dataset)) throw errors.forbidden();
}

/** A refused Outcome is CKAN's Validation Error (409) with the fields named. */
function resultOf<T>(outcome: Outcome<{ result: T }>): T {
  if (!outcome.ok) throw errors.validation(outcome.errors);
  return outcome.result;
}

/** The DataStore's CKAN actions: search (and SQL search where enabled) for readers, pushes for publishers with a write key. */
export function datastoreActions(deps: Pick<ModuleDeps, 'db' | 'config' | 'database'>): CkanActions<CkanPerson> {
  const { db } = deps;
  return {
    datastore_search: ckanAction(true, datastoreSearchSchema, async (params, { person }) => {
      await requireReadable(db, person, params.resource_id);
      return resultOf(await datastoreSearch(params, deps));
    }),
    datastore_search_sql: ckanAction(true, datastoreSearchSqlSchema, async (params) => {
      // Only tables of published public datasets may be read by SQL, whoever asks.
      const publicTables = async (names: readonly string[]) => {
        const ids = names.filter((name) => UUID.test(name));
        if (ids.length === 0) return new Set<string>();
        const rows = await db
          .select({ id: resources.id })
          .from(resources)
          .innerJoin(datasets, eq(datasets.id, resources.datasetId))
          .where(and(inArray(resources.id, ids), eq(datasets.state, 'active'), eq(datasets.private, false)));
        return new Set(rows.map((row) => row.id));
      };
      return resultOf(await datastoreSearchSql(params, publicTables, deps));
    }),
    datastore_create: ckanAction(false, datastoreCreateSchema, async (params, { person }) => {
      await requireWritable(db, person, params.resource_id);
      return resultOf(
        await datastoreCreate(params, deps, (tx) =>
          audit(tx, person!.access.user, { action: 'opendata.datastore.created', objectType: 'resource', objectId: params.resource_id }),
        ),
      );
    }),
    datastore_upsert: ckanAction(false, datastoreUpsertSchema, async (params, { person }) => {
      await requireWritable(db, person, params.resource_id);
      return resultOf(
        await datastoreUpsert(params, deps, (tx) =>
          audit(tx, person!.access.user, { action: 'opendata.datastore.upserted', objectType: 'resource', objectId: params.resource_id }),
        ),
      );
    }),
    datastore_delete: ckanAction(false, datastoreDeleteSchema, async (params, { person }) => {
      await requireWritable(db, person, params.resource_id);
      return resultOf(
        await datastoreDelete(params, deps, (tx) =>
          audit(tx, person!.access.user, { action: 'opendata.datastore.deleted', objectType: 'resource', objectId: params.resource_id }),
        ),
      );
    }),
  };
}
