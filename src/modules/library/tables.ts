/** The module's tables (drizzle-kit reads this file); each area keeps its own in tables/. */
export * from './tables/catalogue';
export * from './tables/events';
export * from './tables/lending';
