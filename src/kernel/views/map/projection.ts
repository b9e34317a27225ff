import type { Position } from './geojson';

/** [west, south, east, north] in degrees. */
export type BBox = readonly [number, number, number, number];

export function bboxOf(positions: Iterable<Position>): BBox | undefined {
  let box: [number, number, number, number] | undefined;
  for (const [lon, lat] of positions) {
    if (!box) box = [lon, lat, lon, lat];
    else box = [Math.min(box[0], lon), Math.min(box[1], lat), Math.max(box[2], lon), Math.max(box[3], lat)];
  }
  return box;
}

export function unionBBox(a: BBox | undefined, b: BBox | undefined): BBox | undefined {
  if (!a || !b) return a ?? b;
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

/** About a kilometre: the smallest area a map shows, so a single point gets surroundings. */
const MIN_SPAN = 0.01;

export interface Projection {
  width: number;
  height: number;
  /** SVG x/y of a position, rounded to a tenth (enough at this size, and short in the page). */
  project: (position: Position) => [number, number];
}

/**
 * Equirectangular projection around the box: a degree of longitude is cos(latitude) of a degree of
 * latitude, taken at the box's middle latitude. That is exact enough for a town or a district (the
 * error over 20 km is well under a percent) and needs no map library. The drawing is `width` wide
 * and as high as the box's shape needs, at most `maxHeight`.
 */
export function projection(box: BBox, { width = 640, maxHeight = 560, padding = 16 } = {}): Projection {
  const [west, south, east, north] = box;
  const lonSpan = Math.max(east - west, MIN_SPAN);
  const latSpan = Math.max(north - south, MIN_SPAN);
  const centre = { lon: (west + east) / 2, lat: (south + north) / 2 };
  const k = Math.cos((centre.lat * Math.PI) / 180);
  const scale = Math.min((width - 2 * padding) / (lonSpan * k), (maxHeight - 2 * padding) / latSpan);
  const height = Math.round(latSpan * scale + 2 * padding);
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    width,
    height,
    project: ([lon, lat]) => [round(width / 2 + (lon - centre.lon) * k * scale), round(height / 2 - (lat - centre.lat) * scale)],
  };
}
