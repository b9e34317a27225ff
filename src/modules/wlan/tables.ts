/** The module's tables (drizzle-kit reads this file); each area keeps its own in tables/. */
export * from './tables/hotspots';
export * from './tables/gaps';
export * from './tables/broadband';
