import { isUuid } from '../../../kernel/http';

/** The most request identifiers one request answers; the rest come back as a `Link: rel="next"` URL (DAIA 1.0, "Processing the query id"). */
export const MAX_IDS = 20;

export interface DaiaQuery {
  /** Request identifiers as sent, in order, at most MAX_IDS. */
  requested: string[];
  /** Identifiers beyond MAX_IDS, for the next request. */
  remaining: string[];
  callback: string | undefined;
  suppressResponseCodes: boolean;
}

export type DaiaQueryError = { status: 422 | 501; error: 'invalid_request' | 'not_implemented'; description: string };

function single(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return undefined;
}

/** Reads DAIA's query parameters; `format` defaults to json (the spec allows it for clients that leave it out). */
export function parseDaiaQuery(
  query: Record<string, unknown>,
): { ok: true; query: DaiaQuery } | { ok: false; error: DaiaQueryError; suppressResponseCodes: boolean } {
  const suppressResponseCodes = query.suppress_response_codes !== undefined;
  const fail = (status: 422 | 501, error: DaiaQueryError['error'], description: string) => ({
    ok: false as const,
    error: { status, error, description },
    suppressResponseCodes,
  });
  const format = query.format === undefined ? 'json' : single(query.format);
  if (format !== 'json') return fail(422, 'invalid_request', 'Nur format=json wird unterstützt.');
  if (query.patron !== undefined || query['patron-type'] !== undefined) {
    return fail(501, 'not_implemented', 'Verfügbarkeit für einzelne Leserinnen und Leser wird nicht angeboten.');
  }
  const id = single(query.id);
  if (id === undefined || id.trim() === '') {
    return fail(422, 'invalid_request', 'Der Parameter id fehlt: Geben Sie eine oder mehrere Titel-IDs an, getrennt durch |.');
  }
  if (id.length > 4000) return fail(422, 'invalid_request', 'Der Parameter id ist zu lang.');
  const callback = query.callback === undefined ? undefined : single(query.callback);
  if (query.callback !== undefined && !(callback && /^[A-Za-z0-9_]{1,64}$/.test(callback))) {
    return fail(422, 'invalid_request', 'callback darf nur Buchstaben, Ziffern und Unterstriche enthalten.');
  }
  const all = id
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return { ok: true, query: { requested: all.slice(0, MAX_IDS), remaining: all.slice(MAX_IDS), callback, suppressResponseCodes } };
}

/** A request identifier names a record by its id, its page URL, or its control number (MARC 001). */
export function recordKey(baseUrl: string, requested: string): { id: string } | { controlNumber: string } {
  const path = requested.startsWith(baseUrl) ? requested.slice(baseUrl.length) : requested;
  const fromUrl = /^\/bildung\/buecherei\/titel\/([0-9a-f-]{36})$/.exec(path)?.[1];
  if (fromUrl && isUuid(fromUrl)) return { id: fromUrl };
  if (isUuid(requested)) return { id: requested };
  return { controlNumber: requested.slice(0, 200) };
}
