/** The module's tables (drizzle-kit reads this file); each area keeps its own in tables/. */
export * from './tables/catalogue';
export * from './tables/bookings';
export * from './tables/webinars';
export * from './tables/refunds';
