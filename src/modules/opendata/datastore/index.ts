/**
 * The DataStore: distributions' tables in PostgreSQL (schema `datastore`, one table per resource,
 * named by its id), loaded from CSV files by a job or written through CKAN's datastore_* actions.
 * What the rest of the opendata module uses; the CKAN action layer authorises the actor first.
 */
export { datastoreJobs, enqueueDatastoreLoad, changeFieldTypes, DATASTORE_LOAD_JOB } from './job';
export { datastoreSettings, type DatastoreSettings } from './settings';
export { datastoreSearch, type DatastoreSearchResult } from './search';
export { datastoreSearchSchema, type DatastoreSearchParams } from './search-params';
export { datastoreSearchSql, type PublicTables } from './search-sql';
export { downloadDatastore, type DownloadFormat } from './download';
export { datastoreCreate, type AlsoInTransaction } from './create';
export { datastoreUpsert } from './upsert';
export { datastoreDelete } from './delete';
export { datastoreCreateSchema, datastoreUpsertSchema, datastoreDeleteSchema } from './write-params';
export { findDatastoreTable } from './repository';
