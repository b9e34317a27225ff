import type { PublicHotspot } from '../map/current-hotspots';
import { exportedHotspots, hotspotProperties } from './hotspot-rows';

/**
 * Every current hotspot with a position as an RFC 7946 FeatureCollection: WGS 84 longitude/latitude
 * (no `crs` member), one Point per hotspot with its slug as `id`, six decimal places (about 10 cm).
 */
export function hotspotsGeoJson(hotspots: readonly PublicHotspot[], baseUrl: string): string {
  const round = (degrees: number) => Math.round(degrees * 1e6) / 1e6;
  return JSON.stringify({
    type: 'FeatureCollection',
    features: exportedHotspots(hotspots).map((hotspot) => ({
      type: 'Feature',
      id: hotspot.slug,
      geometry: { type: 'Point', coordinates: [round(hotspot.position[0]), round(hotspot.position[1])] },
      properties: hotspotProperties(hotspot, baseUrl),
    })),
  });
}
