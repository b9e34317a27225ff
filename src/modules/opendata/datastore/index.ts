/**
 * The DataStore: distributions' tables in PostgreSQL (schema `datastore`, one table per resource,
 * named by its id), loaded from CSV files by a job or written through CKAN's datastore_* actions.
 * What the rest of the opendata module uses; the CKAN action layer authorises the actor first.
 */
export { changeFieldTypes, datastoreJobs, enqueueDatastoreLoad } from './job';
export { datastoreStatusOf, datastoreStatusesOf, type DatastoreStatus } from './status';
export { datastoreSettings } from './settings';
export { datastoreSearch } from './search';
export { datastoreSearchSchema } from './search-params';
export { datastoreSearchSql } from './search-sql';
export { downloadDatastore } from './download';
export { datastoreCreate } from './create';
export { datastoreUpsert } from './upsert';
export { datastoreDelete } from './delete';
export { datastoreCreateSchema, datastoreUpsertSchema, datastoreDeleteSchema } from './write-params';
