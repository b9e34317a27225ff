import type { FileStore } from '../../kernel/files';
import type { ModuleDeps } from '../../kernel/module';
import { chartableColumns, type ChartableData, type ColumnKind } from '../../kernel/views/charts';
import { parseGeoJson, type MapFeature } from '../../kernel/views/map';
import { datastoreSearch, datastoreSearchSchema } from './datastore';
import type { DatastoreField, Resource } from './tables';

/** What a dataset page shows of a distribution besides its link. */
export type Preview =
  | { kind: 'map'; features: MapFeature[] }
  | { kind: 'table'; columns: string[]; rows: string[][]; total: number; chart?: ChartableData }
  | { kind: 'unavailable'; reason: string };

/** Rows a table preview shows; a chart takes up to this many categories. */
const PREVIEW_ROWS = 12;

const KINDS: Record<DatastoreField['type'], ColumnKind> = { text: 'text', int: 'integer', numeric: 'number', bool: 'boolean', date: 'date', timestamp: 'date' };

/** The first rows of a distribution loaded into the DataStore, and a chart where its columns make one. */
export async function tablePreview(deps: Pick<ModuleDeps, 'db' | 'config'>, resource: Resource): Promise<Preview | undefined> {
  if (!resource.datastoreActive) return undefined;
  const outcome = await datastoreSearch(datastoreSearchSchema.parse({ resource_id: resource.id, limit: PREVIEW_ROWS, records_format: 'lists' }), deps);
  if (!outcome.ok) return undefined;
  const fields = outcome.result.fields.filter((field) => field.id !== '_id');
  const offset = outcome.result.fields.length - fields.length;
  const rows = (outcome.result.records as unknown[][]).map((record) => record.slice(offset).map((value) => (value === null ? '' : String(value))));
  const columns = fields.map((field) => ({ name: field.id, kind: KINDS[field.type as DatastoreField['type']] ?? 'text' }));
  const chart = chartableColumns(rows, columns);
  return { kind: 'table', columns: fields.map((field) => field.id), rows, total: outcome.result.total ?? rows.length, ...(chart ? { chart } : {}) };
}

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
