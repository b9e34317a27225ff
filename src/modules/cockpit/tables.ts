// The cockpit's tables, one file per area (tables/); drizzle-kit reads this file.
export * from './tables/measures';
export * from './tables/figures';
export * from './tables/exchange';
