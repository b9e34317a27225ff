/**
 * The real sources' deviations from OParl 1.1, smoothed out before anything is stored
 * (each has a fixture in tests/fixtures/oparl/import/, whose SOURCES.md says where it comes from and what it shows).
 */
import type { LocationGeoJson } from '../tables';

/** A JSON object as a source sends it; nothing is trusted. */
export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "https://schema.oparl.org/1.0/Paper" or "…/1.1/Paper" (1.0 servers) → "Paper"; anything else → undefined. */
export function oparlTypeName(type: unknown): string | undefined {
  if (typeof type !== 'string') return undefined;
  const match = /^https?:\/\/schema\.oparl\.org\/1\.[01]\/([A-Za-z]+)$/.exec(type.trim());
  return match?.[1];
}

/** An object's id: an absolute http(s) URL, or undefined. */
export function httpUrlOf(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 2000) return undefined;
  try {
    // Checked, but kept as the source wrote it: our API hands it on unchanged (the round trip compares them).
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? value.trim() : undefined;
  } catch {
    return undefined;
  }
}

/** A reference: the URL itself, or the id of an embedded object (sources mix both). */
export function referenceUrl(value: unknown): string | undefined {
  return isObject(value) ? httpUrlOf(value.id) : httpUrlOf(value);
}

export function referenceUrls(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map(referenceUrl).filter((url): url is string => url !== undefined);
}

/** Text trimmed (postal codes come as "52393\u00a0"), empty as null; only strings count. */
export function text(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, '');
  return trimmed === '' ? null : trimmed;
}

export function texts(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map(text).filter((entry): entry is string => entry !== null);
}

/** Postal codes: "52 393" or "52393 " → "52393". */
export function postalCode(value: unknown): string | null {
  const raw = text(value);
  return raw === null ? null : raw.replace(/[\s\u00a0]+/g, '');
}

export function bool(value: unknown): boolean | null {
  return typeof value === 'boolean' ? value : null;
}

export function integer(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : null;
}

/** A date-time the database can take (ISO 8601 with a zone, years 1000–9999), else null. */
export function timestamp(value: unknown): Date | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return null;
  const date = new Date(value);
  const year = date.getUTCFullYear();
  return Number.isNaN(date.getTime()) || year < 1000 || year > 9999 ? null : date;
}

/** A calendar date "2026-03-10" (a date-time's day is taken as given), else null. */
export function calendarDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!match) return null;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1000 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? match[0] : null;
}

/** The Amtlicher Gemeindeschlüssel has 8 digits; sources drop the leading zero ("5358016"). */
export function ags(value: unknown): string | null {
  const raw = text(value);
  if (raw === null || !/^\d{1,8}$/.test(raw)) return raw;
  return raw.padStart(8, '0');
}

const inGermany = { lat: [47, 55.1], lon: [5.8, 15.1] } as const;
const within = (value: number, [low, high]: readonly [number, number]) => value >= low && value <= high;

/** [lat, lon] inside Germany is unmistakable: a first value of 47–55 is a latitude (no German longitude reaches 47). */
function lonLat(position: unknown): unknown {
  if (!Array.isArray(position) || position.length < 2 || typeof position[0] !== 'number' || typeof position[1] !== 'number') return position;
  const [first, second] = position as [number, number];
  const swapped = within(first, inGermany.lat) && within(second, inGermany.lon);
  return swapped ? [second, first, ...position.slice(2)] : position;
}

function fixCoordinates(type: string, coordinates: unknown): unknown {
  if (type === 'Point') return lonLat(coordinates);
  const depth = { LineString: 1, MultiPoint: 1, Polygon: 2, MultiLineString: 2, MultiPolygon: 3 }[type];
  if (depth === undefined) return coordinates;
  const walk = (value: unknown, level: number): unknown =>
    Array.isArray(value) ? value.map((entry) => (level === 0 ? lonLat(entry) : walk(entry, level - 1))) : value;
  return walk(coordinates, depth - 1);
}

/**
 * Location.geojson as a Feature with [lon, lat]: a bare geometry (the spec's Paper example) is wrapped,
 * swapped axes are turned round, anything without a geometry type is dropped.
 */
export function geojson(value: unknown): LocationGeoJson | null {
  if (!isObject(value)) return null;
  const geometry = value.type === 'Feature' ? value.geometry : value;
  if (!isObject(geometry) || typeof geometry.type !== 'string') return null;
  const properties = value.type === 'Feature' && isObject(value.properties) ? value.properties : undefined;
  return {
    type: 'Feature',
    geometry: { type: geometry.type, coordinates: fixCoordinates(geometry.type, geometry.coordinates) },
    ...(properties ? { properties } : {}),
  };
}
