/** Geography a town's pages need without a map service: distances, the town's outline, its streets. */
export { distanceMetres, formatDistance, type LonLat } from './distance';
export { insideRing } from './inside';
export { findPlaces, streetListSchema, type Place, type StreetList } from './streets';
