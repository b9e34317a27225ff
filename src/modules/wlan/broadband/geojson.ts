import type { WlanBroadbandArea } from '../tables';
import { BROADBAND_STATE_LABELS } from './areas';

/**
 * The expansion areas as an RFC 7946 FeatureCollection: one Polygon per area (rings closed and wound
 * as the RFC asks: outer ring counterclockwise, holes clockwise), state and dates as properties.
 */
export function broadbandFeatureCollection(areas: readonly WlanBroadbandArea[]) {
  return {
    type: 'FeatureCollection' as const,
    features: areas.map((area) => ({
      type: 'Feature' as const,
      id: area.slug,
      geometry: { type: 'Polygon' as const, coordinates: area.outline.map((ring, index) => wound(closed(ring), index === 0)) },
      properties: {
        name: area.name,
        status: BROADBAND_STATE_LABELS[area.state],
        ausbauunternehmen: area.builder || null,
        adressen: area.addresses,
        beginn: area.startedOn,
        fertigstellung: area.finishedOn,
      },
    })),
  };
}

function closed(ring: [number, number][]): [number, number][] {
  const [first, last] = [ring[0], ring[ring.length - 1]];
  return first && last && (first[0] !== last[0] || first[1] !== last[1]) ? [...ring, first] : ring;
}

/** Twice the signed area (shoelace): positive for a counterclockwise ring. */
function signedArea(ring: [number, number][]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  return sum;
}

function wound(ring: [number, number][], outer: boolean): [number, number][] {
  return signedArea(ring) > 0 === outer ? ring : [...ring].reverse();
}
