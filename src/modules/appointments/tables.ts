/** The module's tables (drizzle-kit reads this file); each area keeps its own in tables/. */
export * from './tables/locations';
export * from './tables/services';
export * from './tables/slots';
export * from './tables/bookings';
