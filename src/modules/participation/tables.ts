// The participation module's tables, one file per area (tables/); drizzle-kit reads this file.
export * from './tables/ideas';
