import type { LonLat } from './distance';

/**
 * Whether a point lies inside a ring (even-odd ray casting on longitude/latitude, which is exact
 * enough for a municipality's approximate outline). A point on the edge may fall either way.
 */
export function insideRing([x, y]: LonLat, ring: readonly LonLat[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
