/** [longitude, latitude] in degrees (WGS 84), the order GeoJSON uses. */
export type LonLat = readonly [number, number];

const EARTH_RADIUS_METRES = 6_371_008.8;
const RADIANS = Math.PI / 180;

/**
 * Great-circle distance (haversine) in metres. On a town's scale the error against the ellipsoid is
 * under 0.5 %, well below what "250 m entfernt" needs.
 */
export function distanceMetres([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): number {
  const dLat = (lat2 - lat1) * RADIANS;
  const dLon = (lon2 - lon1) * RADIANS;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RADIANS) * Math.cos(lat2 * RADIANS) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** "80 m", "250 m", "1,2 km", "14 km": rounded as people say distances. */
export function formatDistance(metres: number): string {
  if (metres < 1000) return `${Math.max(10, Math.round(metres / 10) * 10)} m`;
  if (metres < 10_000) return `${(Math.round(metres / 100) / 10).toLocaleString('de-DE')} km`;
  return `${Math.round(metres / 1000).toLocaleString('de-DE')} km`;
}
