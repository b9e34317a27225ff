import type { PublicHotspot } from '../map/current-hotspots';
import { KIND_LABELS } from '../map/presenters';
import { PATHS } from '../paths';

/** Only plain values: what a CSV cell or a GeoJSON property holds. */
export type ExportValue = string | number | boolean | null;

/**
 * What the exports tell of a hotspot, the same in GeoJSON, CSV and the open-data dataset: nothing
 * about a node's owner (the import drops contact data; the model and ids of routers are left out too).
 */
export function hotspotProperties(hotspot: PublicHotspot, baseUrl: string): Record<string, ExportValue> {
  return {
    id: hotspot.slug,
    name: hotspot.name,
    kind: KIND_LABELS[hotspot.kind],
    operator: hotspot.operator,
    address: hotspot.address || null,
    inside_area: hotspot.insideArea,
    online: hotspot.online,
    clients: hotspot.clients,
    last_seen: hotspot.lastSeenAt?.toISOString() ?? null,
    first_seen: hotspot.firstSeenAt?.toISOString() ?? null,
    url: `${baseUrl}${PATHS.hotspot(hotspot.slug)}`,
  };
}

/** The hotspots the exports contain: every current one with a position, inside the area or not (`inside_area` says). */
export function exportedHotspots(hotspots: readonly PublicHotspot[]): (PublicHotspot & { position: [number, number] })[] {
  return hotspots.filter((hotspot): hotspot is PublicHotspot & { position: [number, number] } => hotspot.position !== null);
}
