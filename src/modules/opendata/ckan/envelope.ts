import { AppError } from '../../../kernel/http';

/**
 * CKAN's Action API answer (ckan/views/api.py, CKAN 2.10): `{ help, success, result }`, or
 * `{ help, success: false, error: { __type, message | field errors } }` with the status its error
 * type has there. Messages are CKAN's English ones: clients (ckanapi) read `__type` and split the
 * message at the first ": ".
 */
export interface CkanEnvelope {
  help: string;
  success: boolean;
  result?: unknown;
  error?: CkanErrorBody;
}

export type CkanErrorBody = { __type: string } & Record<string, unknown>;

export function helpUrl(baseUrl: string, action: string): string {
  return `${baseUrl}/api/3/action/help_show?name=${encodeURIComponent(action)}`;
}

/** An error an action throws; the route answers it in the envelope with its status. */
export class CkanError extends Error {
  override name = 'CkanError';
  constructor(
    readonly status: number,
    readonly body: CkanErrorBody,
  ) {
    super(typeof body.message === 'string' ? body.message : body.__type);
  }
}

/** Python's repr of a string, as CKAN's messages quote values: `'foo'`, or `"it's"`. */
export function pythonString(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  return `${quote}${text.replace(/\\/g, '\\\\').replaceAll(quote, `\\${quote}`)}${quote}`;
}

/** Python's repr of a one-string tuple, as CKAN writes search errors: `('Invalid "sort" parameter',)`. */
function pythonTuple(detail: string): string {
  return `(${pythonString(detail)},)`;
}

/** Field errors as CKAN's validators give them: a list of messages per field. */
export type CkanFieldErrors = Record<string, string[]>;

export const ckanErrors = {
  /** 409, as ValidationError: `{"__type": "Validation Error", "rows": ["Invalid integer"]}`. */
  validation: (fields: CkanFieldErrors) => new CkanError(409, { __type: 'Validation Error', ...fields }),
  notFound: (detail?: string) => new CkanError(404, { __type: 'Not Found Error', message: detail ? `Not found: ${detail}` : 'Not found' }),
  notAuthorized: (detail?: string) => new CkanError(403, { __type: 'Authorization Error', message: detail ? `Access denied: ${detail}` : 'Access denied' }),
  /** 400: the query or its parameters cannot be read (CKAN's SearchQueryError). */
  searchQuery: (detail: string) => new CkanError(400, { __type: 'Search Query Error', message: `Search Query is invalid: ${pythonTuple(detail)}` }),
  /** 409: the search engine refused the query (CKAN's SearchError; local parameters `{!…}`). */
  search: (detail: string) => new CkanError(409, { __type: 'Search Error', message: `Search error: ${pythonTuple(detail)}` }),
  internal: () => new CkanError(500, { __type: 'Internal Server Error', message: 'Internal Server Error' }),
};

/**
 * A use case's AppError in CKAN's terms: its German message stays (it is safe to show), its status
 * picks the type. Field errors are CKAN's 409 with each message as a one-item list; a missing login
 * is CKAN's 403 (CKAN has no 401); another refusal (a conflict, too many requests) keeps its status
 * and comes as a Validation Error with a message, as CKAN's ValidationError with text does.
 * Anything else than an AppError or a CkanError is unexpected: a 500.
 */
export function toCkanError(error: unknown): CkanError {
  if (error instanceof CkanError) return error;
  if (!(error instanceof AppError) || error.status >= 500) return ckanErrors.internal();
  if (error.fields && Object.keys(error.fields).length > 0) {
    return ckanErrors.validation(Object.fromEntries(Object.entries(error.fields).map(([field, message]) => [field, [message]])));
  }
  if (error.status === 404) return ckanErrors.notFound(error.userMessage);
  if (error.status === 401 || error.status === 403) return ckanErrors.notAuthorized(error.userMessage);
  return new CkanError(error.status, { __type: 'Validation Error', message: error.userMessage });
}

/**
 * CKAN's "Bad request" answer, which is not an envelope but a JSON string (CKAN 2.10's
 * `_finish_bad_request`): unknown action, GET on an action that changes data, unreadable body.
 */
export function badRequestBody(detail: string): string {
  return `Bad request - ${detail}`;
}
