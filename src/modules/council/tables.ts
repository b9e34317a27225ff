/** The module's tables (drizzle-kit reads this file); each area keeps its own in tables/. */
export * from './tables/sources';
export * from './tables/bodies';
export * from './tables/files';
export * from './tables/meetings';
export * from './tables/papers';
export * from './tables/members';
// council-search: the e-mail alerts' subscriptions.
export * from './tables/alerts';
// Import (council-import): runs, the map of imported objects, references waiting for their object.
export * from './tables/import';
