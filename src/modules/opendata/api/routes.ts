import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../kernel/module';
import { registerCkanActions } from '../ckan/action-route';
import { MAX_UPLOAD_BYTES } from '../publishing/upload-limit';
import type { UsageCounter } from '../usage/counter';
import { datastoreActions } from './datastore-actions';
import { readActions, type CkanPerson } from './read-actions';
import { writeActions } from './write-actions';

/**
 * The CKAN Action API v3 at `/api/3/action/` and `/api/action/`: the catalogue's read and write actions and the DataStore's.
 * `authenticate` turns an API token into its person (unknown tokens make the call anonymous, as in CKAN).
 * Uploads (resource_create) stream up to the largest organisation limit; the use case holds each file to its own (upload-limit.ts).
 * Successful calls about one dataset are counted for the usage statistics.
 */
export function ckanApiRoutes(app: FastifyInstance, deps: ModuleDeps, authenticate: (token: string) => Promise<CkanPerson | null>, usage: UsageCounter): void {
  registerCkanActions(
    app,
    { ...readActions(deps, usage), ...writeActions(deps), ...datastoreActions(deps, usage) },
    { baseUrl: deps.config.baseUrl, authenticate, uploadLimits: { maxFileBytes: MAX_UPLOAD_BYTES, maxFiles: 1 } },
  );
}
