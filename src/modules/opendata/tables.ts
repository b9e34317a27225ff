/** The module's tables (drizzle-kit reads this file); each area keeps its own in tables/. */
export * from './tables/access';
export * from './tables/catalogue';
export * from './tables/datastore';
export * from './tables/harvest';
export * from './tables/usage';
