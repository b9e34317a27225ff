import type { FileStore } from '../../kernel/files';
import { parseGeoJson, type MapFeature } from '../../kernel/views/map';
import type { Resource } from './tables';

/** What a dataset page shows of a distribution besides its link. */
export type Preview = { kind: 'map'; features: MapFeature[] } | { kind: 'unavailable'; reason: string };

/** Larger GeoJSON files are linked, not drawn: the page would get too heavy to read. */
const MAX_GEOJSON_BYTES = 2_000_000;

/**
 * A map of an uploaded GeoJSON file (read from the file store, bounded), or why there is none.
 * Linked files are never fetched: the portal requests nothing from third parties.
 */
export async function geoJsonPreview(files: FileStore, resource: Resource): Promise<Preview | undefined> {
  if (resource.format !== 'GEOJSON' || !resource.fileKey) return undefined;
  if ((resource.byteSize ?? 0) > MAX_GEOJSON_BYTES) {
    return { kind: 'unavailable', reason: 'Die Datei ist zu groß für eine Kartenvorschau. Laden Sie sie herunter.' };
  }
  const body = await files.get(resource.fileKey);
  if (!body) return { kind: 'unavailable', reason: 'Die Datei ist derzeit nicht verfügbar.' };
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(chunk as Buffer);
  const parsed = parseGeoJson(Buffer.concat(chunks).toString('utf8'));
  return parsed.ok ? { kind: 'map', features: parsed.features } : { kind: 'unavailable', reason: parsed.error };
}
