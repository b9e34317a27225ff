import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { MultipartLimits } from '../../../kernel/files';
import { AppError } from '../../../kernel/http';
import { badRequestBody, ckanErrors, helpUrl, toCkanError, type CkanEnvelope } from './envelope';
import { helpShowSchema } from './params';
import { BadRequest, parseJsonBody, readRequestData, type RequestData } from './request-data';
import { parametersError } from './validators';

/** What an action gets besides its parameters: the person of the API token (null: anonymous), any uploaded files, the request (for usage counting). */
export interface CkanContext<Person> {
  person: Person | null;
  upload: RequestData['upload'];
  request: FastifyRequest;
}

export interface CkanAction<Person> {
  /** Read actions answer GET (and POST) with CORS; the others POST only, as in CKAN (`side_effect_free`). */
  read: boolean;
  params: z.ZodType;
  handler: (params: unknown, context: CkanContext<Person>) => Promise<unknown>;
  /** What help_show answers for it: the action's documentation (CKAN's docstring), in English. */
  help?: string;
}

export type CkanActions<Person> = Readonly<Record<string, CkanAction<Person>>>;

/** An action whose handler gets the parsed parameters with their type. */
export function ckanAction<Person, S extends z.ZodType>(
  read: boolean,
  params: S,
  handler: (params: z.output<S>, context: CkanContext<Person>) => Promise<unknown>,
  help?: string,
): CkanAction<Person> {
  return { read, params, handler: (value, context) => handler(value as z.output<S>, context), ...(help === undefined ? {} : { help }) };
}

/** help_show, where every answer's `help` points: the action's documentation, null when it has none (as CKAN without a docstring). */
function helpShow<Person>(find: (name: string) => CkanAction<Person> | undefined): CkanAction<Person> {
  return ckanAction(true, helpShowSchema, async ({ name }) => {
    const action = find(name);
    if (!action) throw ckanErrors.notFound('Action function not found');
    return action.help ?? null;
  });
}

export interface CkanRouteDeps<Person> {
  /** The portal's address without a trailing slash, for `help`. */
  baseUrl: string;
  /** The person an API token belongs to, or null for an unknown, expired or revoked one (then the call is anonymous, as in CKAN). */
  authenticate: (token: string) => Promise<Person | null>;
  /** Limits for multipart uploads (resource_create/resource_update), over the configured defaults. */
  uploadLimits?: Partial<MultipartLimits>;
}

export const CKAN_ACTION_PATHS = ['/api/3/action/:action', '/api/action/:action'] as const;

/** CKAN's CORS answer (ckan/views/__init__.py) with `ckan.cors.origin_allow_all`, given to read actions only. */
const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, PUT, GET, DELETE, OPTIONS',
  'access-control-allow-headers': 'X-CKAN-API-KEY, Authorization, Content-Type',
};

/**
 * The token as CKAN clients send it: `X-CKAN-API-Key: <token>` (CKAN's default header), or
 * `Authorization: <token>` raw, or `Authorization: Bearer <token>`. Other schemes (Basic) are
 * not tokens and are ignored, as CKAN ignores a header with a space in it.
 */
export function apiTokenOf(headers: FastifyRequest['headers']): string | null {
  const legacy = headers['x-ckan-api-key'];
  if (typeof legacy === 'string' && legacy.trim() !== '') return legacy.trim();
  const authorization = headers.authorization?.trim();
  if (!authorization) return null;
  const bearer = /^Bearer\s+(\S+)$/i.exec(authorization);
  if (bearer) return bearer[1]!;
  return /\s/.test(authorization) ? null : authorization;
}

type ActionRequest = FastifyRequest<{ Params: { action: string } }>;

function send(reply: FastifyReply, status: number, body: CkanEnvelope | string): FastifyReply {
  return reply.code(status).type('application/json;charset=utf-8').send(JSON.stringify(body));
}

/**
 * Serves CKAN's Action API at `/api/3/action/<name>` and `/api/action/<name>` from a table of
 * actions: CKAN's envelope, error types and status codes, CORS and OPTIONS preflight for read
 * actions, JSON, form and multipart bodies. Token API: no CSRF (no cookies are read for it).
 * Whatever goes wrong is answered in CKAN's terms; an unexpected error is a 500 envelope, logged.
 */
export function registerCkanActions<Person>(app: FastifyInstance, actions: CkanActions<Person>, deps: CkanRouteDeps<Person>): void {
  const own = (name: string) => (Object.hasOwn(actions, name) ? actions[name] : undefined);
  const help = helpShow(own);
  const find = (name: string) => own(name) ?? (name === 'help_show' ? help : undefined);

  app.register(async (api) => {
    // CKAN reads any body that is not a form as JSON, an empty one as no parameters.
    api.removeContentTypeParser('application/json');
    for (const type of ['application/json', '*']) {
      api.addContentTypeParser(type, { parseAs: 'string' }, (_request, body, done) => {
        try {
          done(null, parseJsonBody(body as string));
        } catch (error) {
          done(error as Error, undefined);
        }
      });
    }

    api.setErrorHandler((error, request: ActionRequest, reply) => {
      const action = find(request.params.action);
      if (action?.read) reply.headers(CORS_HEADERS);
      if (error instanceof BadRequest) return send(reply, 400, badRequestBody(error.message));
      // The kernel's and Fastify's refusals of the request itself (NUL character, body too large), before any action ran.
      if (error instanceof AppError && error.status < 500) return send(reply, error.status, badRequestBody(error.userMessage));
      const status = (error as { statusCode?: number }).statusCode;
      if (status !== undefined && status >= 400 && status < 500) return send(reply, status, badRequestBody((error as Error).message));
      const ckanError = toCkanError(error);
      if (ckanError.status >= 500) request.log.error({ err: error }, 'CKAN action failed');
      return send(reply, ckanError.status, { help: helpUrl(deps.baseUrl, request.params.action), success: false, error: ckanError.body });
    });

    const handle = async (request: ActionRequest, reply: FastifyReply) => {
      const name = request.params.action;
      const action = find(name);
      if (!action) return send(reply, 400, badRequestBody(`Action name not known: ${name}`));
      if (action.read) reply.headers(CORS_HEADERS);
      const { data, upload } = await readRequestData(request, action.read);
      const token = apiTokenOf(request.headers);
      const person = token ? await deps.authenticate(token) : null;
      if (token) reply.header('cache-control', 'no-store');
      const parsed = action.params.safeParse(data);
      if (!parsed.success) throw parametersError(parsed.error.issues);
      let result: unknown;
      try {
        result = await action.handler(parsed.data, { person, upload, request });
      } catch (error) {
        // A use case's AppError is the action's answer (404, 403, field errors); anything else stays unexpected.
        throw error instanceof AppError ? toCkanError(error) : error;
      }
      return send(reply, 200, { help: helpUrl(deps.baseUrl, name), success: true, result });
    };

    const config = { csrf: false, ...(deps.uploadLimits ? { uploadLimits: deps.uploadLimits } : {}) };
    for (const path of CKAN_ACTION_PATHS) {
      api.get(path, { config }, handle);
      api.post(path, { config }, handle);
      // The preflight of a browser on another origin: read actions only, so no page elsewhere can write with a token it holds.
      api.options(path, { config }, async (request: ActionRequest, reply) => {
        const read = find(request.params.action)?.read ?? false;
        if (read) reply.headers(CORS_HEADERS);
        return reply
          .code(204)
          .header('allow', read ? 'GET, POST, OPTIONS' : 'POST, OPTIONS')
          .send();
      });
    }
  });
}
