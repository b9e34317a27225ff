import type { FastifyRequest } from 'fastify';
import { readMultipartForm, type MultipartForm } from '../../../kernel/files';
import { containsNul } from '../../../kernel/http/input-guard';

/**
 * The action's data as CKAN 2.10 reads it (`_get_request_data` in ckan/views/api.py): a POST's
 * form fields (or one field whose name is a JSON document, as old clients post it), a read
 * action's query string, or a JSON body; `callback` is dropped. JSONP is not supported: a
 * `callback` is ignored and the answer stays plain JSON.
 */
export interface RequestData {
  data: Record<string, unknown>;
  upload: Pick<MultipartForm, 'files' | 'rejected'>;
}

/** CKAN's "Bad request" for data it cannot read; the detail follows "Bad request - ". */
export class BadRequest extends Error {
  override name = 'BadRequest';
}

const NO_UPLOAD: RequestData['upload'] = { files: [], rejected: [] };

/** Text that is not JSON is CKAN's "JSON Error" (any content type but forms counts as JSON there). */
export function parseJsonBody(body: string): unknown {
  if (body.trim() === '') return {};
  try {
    return JSON.parse(body);
  } catch (error) {
    throw new BadRequest(`JSON Error: Error decoding JSON data. Error: ${(error as Error).message}`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function withoutCallback(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'callback'));
}

/** `{"name": "x"}` posted url-encoded without a value arrives as the one key of a form. */
function fromForm(form: Record<string, unknown>): Record<string, unknown> {
  const entries = Object.entries(form);
  if (entries.length !== 1 || (entries[0]![1] !== '' && entries[0]![1] !== '1')) return form;
  const parsed = parseJsonBody(entries[0]![0]);
  if (!isRecord(parsed)) throw notADictionary(parsed);
  // The input guard saw only the form's text; PostgreSQL cannot store the NUL an escape may hide.
  if (containsNul(parsed)) throw new BadRequest('JSON Error: The data contains a NUL character (\\u0000).');
  return parsed;
}

function notADictionary(value: unknown): BadRequest {
  return new BadRequest(`JSON Error: Request data JSON decoded to ${JSON.stringify(value)?.slice(0, 200)} but it needs to be a dictionary.`);
}

export async function readRequestData(request: FastifyRequest, read: boolean): Promise<RequestData> {
  const query = request.query as Record<string, unknown>;
  // HEAD is Fastify's shadow of every GET route: it must never reach an action that writes.
  if (request.method === 'GET' || request.method === 'HEAD') {
    if (!read) throw new BadRequest('JSON Error: Invalid request. Please use POST method for your request');
    return { data: withoutCallback(query), upload: NO_UPLOAD };
  }
  if (request.isMultipart()) {
    const form = await readMultipartForm(request);
    return { data: withoutCallback(form.fields), upload: { files: form.files, rejected: form.rejected } };
  }
  const isForm = request.headers['content-type']?.startsWith('application/x-www-form-urlencoded') ?? false;
  if (isForm && isRecord(request.body) && Object.keys(request.body).length > 0) return { data: withoutCallback(fromForm(request.body)), upload: NO_UPLOAD };
  if (read && Object.keys(query).length > 0) return { data: withoutCallback(query), upload: NO_UPLOAD };
  const body = request.body ?? {};
  if (!isRecord(body)) throw notADictionary(body);
  return { data: withoutCallback(body), upload: NO_UPLOAD };
}
