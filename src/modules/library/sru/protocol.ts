/**
 * SRU's request parameters (versions 1.2 and 2.0, GET): which operation, and the checks every
 * searchRetrieve makes before any query runs. Every problem becomes a diagnostic
 * (info:srw/diagnostic/1/<code>), answered as XML, never an error page.
 */
export type SruVersion = '1.2' | '2.0';
export type RecordSchema = 'marcxml' | 'dc';

export const SCHEMA_IDS: Record<RecordSchema, string> = {
  marcxml: 'info:srw/schema/1/marcxml-v1.1',
  dc: 'info:srw/schema/1/dc-v1.1',
};
const SCHEMA_NAMES: Record<string, RecordSchema> = {
  marcxml: 'marcxml',
  marc21: 'marcxml',
  'info:srw/schema/1/marcxml-v1.1': 'marcxml',
  dc: 'dc',
  'info:srw/schema/1/dc-v1.1': 'dc',
};

export const DEFAULT_RECORDS = 10;
export const MAX_RECORDS = 50;
/** The last record a search may ask for: paging deeper is bounded work too. */
export const MAX_START = 5000;

export interface Diagnostic {
  code: number;
  message: string;
  details?: string;
}

export type SruRequest =
  | { operation: 'explain'; version: SruVersion }
  | { operation: 'searchRetrieve'; version: SruVersion; query: string; startRecord: number; maximumRecords: number; schema: RecordSchema }
  | { operation: 'invalid'; version: SruVersion; diagnostic: Diagnostic };

const single = (value: unknown): string | undefined => (typeof value === 'string' ? value : Array.isArray(value) ? undefined : undefined);

function positiveInteger(value: string | undefined, fallback: number): number | undefined {
  if (value === undefined || value === '') return fallback;
  return /^\d{1,9}$/.test(value) ? Number(value) : undefined;
}

/** Reads the query string; repeated parameters are refused (SRU allows each once). */
export function parseSruRequest(query: Record<string, unknown>): SruRequest {
  const repeated = Object.entries(query).find(([, value]) => Array.isArray(value));
  const rawVersion = single(query.version);
  const version: SruVersion = rawVersion === '2.0' ? '2.0' : '1.2';
  const invalid = (diagnostic: Diagnostic): SruRequest => ({ operation: 'invalid', version, diagnostic });
  if (repeated) return invalid({ code: 6, message: `Der Parameter „${repeated[0]}“ darf nur einmal vorkommen.`, details: repeated[0] });
  if (rawVersion !== undefined && rawVersion !== '1.2' && rawVersion !== '2.0' && rawVersion !== '1.1') {
    return invalid({ code: 5, message: 'Unterstützt werden die Versionen 1.2 und 2.0.', details: '2.0' });
  }
  const search = single(query.query);
  // SRU 2.0 has no operation parameter: a request with a query is a search, one without asks for explain.
  const operation = single(query.operation) ?? (search !== undefined ? 'searchRetrieve' : 'explain');
  if (operation === 'explain') return { operation: 'explain', version };
  if (operation !== 'searchRetrieve') return invalid({ code: 4, message: `Die Operation „${operation}“ wird nicht unterstützt.`, details: operation });
  if (search === undefined) return invalid({ code: 7, message: 'Der Parameter „query“ fehlt.', details: 'query' });
  const startRecord = positiveInteger(single(query.startRecord), 1);
  if (startRecord === undefined || startRecord < 1 || startRecord > MAX_START) {
    return invalid({ code: 6, message: `„startRecord“ muss eine Zahl von 1 bis ${MAX_START} sein.`, details: 'startRecord' });
  }
  const maximumRecords = positiveInteger(single(query.maximumRecords), DEFAULT_RECORDS);
  if (maximumRecords === undefined) return invalid({ code: 6, message: '„maximumRecords“ muss eine Zahl sein.', details: 'maximumRecords' });
  const schemaName = single(query.recordSchema) ?? 'marcxml';
  const schema = SCHEMA_NAMES[schemaName.toLowerCase()];
  if (!schema) return invalid({ code: 66, message: `Das Datenformat „${schemaName}“ gibt es hier nicht; möglich sind marcxml und dc.`, details: schemaName });
  const packing = single(query.recordPacking) ?? single(query.recordXMLEscaping) ?? 'xml';
  if (packing !== 'xml') return invalid({ code: 71, message: 'Datensätze werden nur als XML geliefert (recordPacking=xml).', details: packing });
  return { operation: 'searchRetrieve', version, query: search, startRecord, maximumRecords: Math.min(maximumRecords, MAX_RECORDS), schema };
}
