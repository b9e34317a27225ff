/**
 * GeoJSON (RFC 7946) read defensively for drawing: any input gives either features or one German
 * error a page can show, never an exception. Sizes are bounded, so a huge file cannot stall a page.
 */

/** [longitude, latitude] in degrees; a third number (altitude) is dropped. */
export type Position = readonly [number, number];

export type MapGeometry =
  | { type: 'Point'; coordinates: Position }
  | { type: 'MultiPoint'; coordinates: Position[] }
  | { type: 'LineString'; coordinates: Position[] }
  | { type: 'MultiLineString'; coordinates: Position[][] }
  | { type: 'Polygon'; coordinates: Position[][] }
  | { type: 'MultiPolygon'; coordinates: Position[][][] };

export interface MapFeature {
  name: string;
  /** Plain properties besides the name, as text, in the file's order. */
  properties: { key: string; value: string }[];
  /** Null for a feature without a location (allowed by GeoJSON): listed, not drawn. */
  geometry: MapGeometry | null;
  /**
   * How a page sets a feature apart (never by colour alone): `muted` points are drawn hollow (an
   * inactive object), a `marked` point is a square (the place a list is measured from).
   */
  variant?: 'muted' | 'marked';
}

export type GeoJsonResult = { ok: true; features: MapFeature[] } | { ok: false; error: string };

export interface MapLimits {
  maxFeatures: number;
  /** All positions of all features together. */
  maxPositions: number;
  /** Length of GeoJSON given as text. */
  maxChars: number;
}

export const DEFAULT_MAP_LIMITS: MapLimits = { maxFeatures: 1000, maxPositions: 50_000, maxChars: 5_000_000 };

const NAME_KEYS = ['name', 'Name', 'NAME', 'title', 'titel', 'Titel', 'bezeichnung', 'Bezeichnung', 'label'];
const MAX_PROPERTIES = 10;
const MAX_VALUE_CHARS = 200;

/** Thrown only inside this file and turned into the error value. */
class Invalid extends Error {}
/** Said of the whole input, so not prefixed with the feature where it was noticed. */
class TooBig extends Invalid {}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const count = new Intl.NumberFormat('de-DE');

function reader(limits: MapLimits) {
  let positions = 0;
  const position = (value: unknown): Position => {
    positions += 1;
    if (positions > limits.maxPositions) {
      throw new TooBig(`Die Daten haben mehr als ${count.format(limits.maxPositions)} Koordinaten; so viele kann die Karte nicht zeigen.`);
    }
    if (!Array.isArray(value) || value.length < 2) throw new Invalid('Eine Koordinate ist kein Paar aus Länge und Breite.');
    const [lon, lat] = value as unknown[];
    if (typeof lon !== 'number' || typeof lat !== 'number' || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
      throw new Invalid('Eine Koordinate liegt nicht zwischen −180 und 180 Grad Länge und −90 und 90 Grad Breite.');
    }
    return [lon, lat];
  };
  const list = <T>(value: unknown, read: (item: unknown) => T, min: number, problem: string): T[] => {
    if (!Array.isArray(value) || value.length < min) throw new Invalid(problem);
    return value.map(read);
  };
  const line = (value: unknown) => list(value, position, 2, 'Eine Linie braucht mindestens 2 Punkte.');
  const ring = (value: unknown) => list(value, position, 3, 'Ein Flächenrand braucht mindestens 3 Punkte.');
  const polygon = (value: unknown) => list(value, ring, 1, 'Eine Fläche braucht einen Rand.');
  return (value: unknown): MapGeometry | null => {
    if (value === null) return null;
    if (!isObject(value)) throw new Invalid('Eine Geometrie ist kein Objekt.');
    const c = value.coordinates;
    switch (value.type) {
      case 'Point':
        return { type: 'Point', coordinates: position(c) };
      case 'MultiPoint':
        return { type: 'MultiPoint', coordinates: list(c, position, 1, 'Ein Mehrfachpunkt braucht mindestens einen Punkt.') };
      case 'LineString':
        return { type: 'LineString', coordinates: line(c) };
      case 'MultiLineString':
        return { type: 'MultiLineString', coordinates: list(c, line, 1, 'Eine Mehrfachlinie braucht mindestens eine Linie.') };
      case 'Polygon':
        return { type: 'Polygon', coordinates: polygon(c) };
      case 'MultiPolygon':
        return { type: 'MultiPolygon', coordinates: list(c, polygon, 1, 'Eine Mehrfachfläche braucht mindestens eine Fläche.') };
      default:
        throw new Invalid(`Der Geometrietyp „${String(value.type).slice(0, 40)}“ wird nicht unterstützt.`);
    }
  };
}

function plainValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value.length > MAX_VALUE_CHARS ? `${value.slice(0, MAX_VALUE_CHARS - 1)}…` : value;
  if (typeof value === 'number' && Number.isFinite(value)) return count.format(value);
  if (typeof value === 'boolean') return value ? 'ja' : 'nein';
  return undefined;
}

function describe(properties: unknown, index: number): Pick<MapFeature, 'name' | 'properties'> {
  const entries = isObject(properties) ? Object.entries(properties) : [];
  const nameKey = NAME_KEYS.find((key) => entries.some(([k, v]) => k === key && plainValue(v)?.trim()));
  const name = nameKey ? (plainValue((properties as Record<string, unknown>)[nameKey]) ?? '').trim() : `Objekt ${index + 1}`;
  const rest = entries
    .filter(([key]) => key !== nameKey)
    .flatMap(([key, value]) => {
      const text = plainValue(value);
      return text === undefined || text.trim() === '' ? [] : [{ key: key.slice(0, 80), value: text }];
    });
  return { name, properties: rest.slice(0, MAX_PROPERTIES) };
}

function featuresOf(root: unknown): unknown[] {
  if (!isObject(root)) throw new Invalid('Die Daten sind kein GeoJSON-Objekt.');
  if (root.type === 'FeatureCollection') {
    if (!Array.isArray(root.features)) throw new Invalid('Die FeatureCollection hat keine Liste „features“.');
    return root.features;
  }
  if (root.type === 'Feature') return [root];
  return [{ type: 'Feature', properties: null, geometry: root }];
}

/** Features to draw and list from GeoJSON (an object, or text), or an error to show instead. */
export function parseGeoJson(input: unknown, limits: MapLimits = DEFAULT_MAP_LIMITS): GeoJsonResult {
  try {
    let root = input;
    if (typeof input === 'string') {
      if (input.length > limits.maxChars) throw new TooBig('Die Daten sind zu groß für eine Karte.');
      try {
        root = JSON.parse(input);
      } catch {
        throw new Invalid('Die Daten sind kein gültiges JSON.');
      }
    }
    const raw = featuresOf(root);
    if (raw.length > limits.maxFeatures) {
      throw new Invalid(`Die Daten haben ${count.format(raw.length)} Objekte; eine Karte zeigt höchstens ${count.format(limits.maxFeatures)}.`);
    }
    const geometry = reader(limits);
    const features = raw.map((item, index) => {
      if (!isObject(item) || item.type !== 'Feature') throw new Invalid(`Objekt ${index + 1} ist kein GeoJSON-Feature.`);
      try {
        return { ...describe(item.properties, index), geometry: geometry(item.geometry ?? null) };
      } catch (error) {
        throw error instanceof Invalid && !(error instanceof TooBig) ? new Invalid(`Objekt ${index + 1}: ${error.message}`) : error;
      }
    });
    return { ok: true, features };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: error.message };
    // Anything else (a stack overflow on absurd nesting) is still bad input, not a failure of the page.
    return { ok: false, error: 'Die Daten lassen sich nicht als Karte lesen.' };
  }
}

/** Every position of a geometry, flat. */
export function positionsOf(geometry: MapGeometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
  }
}
