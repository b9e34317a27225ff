import { oparlErrors } from './errors';

/** Objects per list page: the default and the most a client may ask for (spec 2.5: `limit` is a wish). */
export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 500;

/** A row's place in the list's order, (modified, id). */
export interface ListCursor {
  modified: string;
  id: string;
}

/** The filters of an external list (spec 2.5) and where its page begins or ends. */
export interface ListParameters {
  createdSince?: Date;
  createdUntil?: Date;
  modifiedSince?: Date;
  modifiedUntil?: Date;
  limit: number;
  omitInternal: boolean;
  /** Keyset paging: the page begins after this (modified, id); `modified` to the microsecond. */
  after?: ListCursor;
  /**
   * Paging back (links.prev): the page ends before this (modified, id); `end` is the last page, whose
   * size is what the forward pages leave over, so it is the same page `next` arrives at.
   */
  before?: ListCursor | 'end';
  /** The filters as given, in a fixed order, for the links of every page (spec 2.5: filters are kept). */
  canonical: Array<[string, string]>;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/;
const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6})Z_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
const DATE_FILTERS = [
  ['created_since', 'createdSince'],
  ['created_until', 'createdUntil'],
  ['modified_since', 'modifiedSince'],
  ['modified_until', 'modifiedUntil'],
] as const;

/**
 * A full date-time with offset (spec 2.4). A `+` that a client forgot to encode arrives as a space:
 * it is read as the `+` it was.
 */
export function parseDateTime(name: string, raw: string): Date {
  const value = raw.replace(/ (\d{2}:\d{2})$/, '+$1');
  const match = DATE_TIME.exec(value);
  const date = match ? new Date(value) : undefined;
  // A day that does not exist (2026-02-30) would roll over; comparing the parts refuses it.
  const real =
    match &&
    date &&
    !Number.isNaN(date.getTime()) &&
    new Date(`${match[1]}-${match[2]}-${match[3]}T00:00:00Z`).toISOString().slice(0, 10) === value.slice(0, 10);
  if (!real || !date) throw oparlErrors.badParameter(name, 'Erwartet wird ein Zeitpunkt wie 2026-01-31T18:00:00+01:00.');
  return date;
}

function single(query: Record<string, unknown>, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw oparlErrors.badParameter(name, 'Er darf nur einmal angegeben werden.');
  return value;
}

export function parseListParameters(query: Record<string, unknown>): ListParameters {
  const parameters: ListParameters = { limit: DEFAULT_LIMIT, omitInternal: false, canonical: [] };
  for (const [name, key] of DATE_FILTERS) {
    const raw = single(query, name);
    if (raw === undefined) continue;
    parameters[key] = parseDateTime(name, raw);
    parameters.canonical.push([name, raw.replace(/ (\d{2}:\d{2})$/, '+$1')]);
  }
  const limit = single(query, 'limit');
  if (limit !== undefined) {
    if (!/^\d{1,9}$/.test(limit) || Number(limit) < 1) throw oparlErrors.badParameter('limit', 'Erwartet wird eine ganze Zahl ab 1.');
    parameters.limit = Math.min(Number(limit), MAX_LIMIT);
    parameters.canonical.push(['limit', String(parameters.limit)]);
  }
  const omit = single(query, 'omit_internal');
  if (omit !== undefined) {
    if (omit !== 'true' && omit !== 'false') throw oparlErrors.badParameter('omit_internal', 'Erwartet wird true oder false.');
    parameters.omitInternal = omit === 'true';
    if (parameters.omitInternal) parameters.canonical.push(['omit_internal', 'true']);
  }
  const after = single(query, 'after');
  if (after !== undefined) parameters.after = parseCursor('after', after);
  const before = single(query, 'before');
  if (before !== undefined) {
    if (after !== undefined) throw oparlErrors.badParameter('before', 'Er ist nicht zusammen mit „after“ möglich.');
    parameters.before = before === 'end' ? 'end' : parseCursor('before', before);
  }
  return parameters;
}

function parseCursor(name: 'after' | 'before', raw: string): ListCursor {
  const match = CURSOR.exec(raw);
  if (!match) throw oparlErrors.badParameter(name, 'Verwenden Sie die Links der Listenseiten (links.next, links.prev).');
  return { modified: `${match[1]}Z`, id: match[2]! };
}

/** `omit_internal` for a single object (spec 2.5 names it for lists; it is honoured here too). */
export function parseObjectParameters(query: Record<string, unknown>): { omitInternal: boolean } {
  const omit = single(query, 'omit_internal');
  if (omit !== undefined && omit !== 'true' && omit !== 'false') throw oparlErrors.badParameter('omit_internal', 'Erwartet wird true oder false.');
  return { omitInternal: omit === 'true' };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Our ids are lower-case UUIDs (one canonical spelling, spec 2.3); anything else names no object. */
export function isObjectId(value: string): boolean {
  return UUID.test(value);
}
