import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../kernel/module';
import { registerCkanActions } from '../ckan/action-route';
import type { UsageCounter } from '../usage/counter';
import { datastoreActions } from './datastore-actions';
import { readActions, type CkanPerson } from './read-actions';

/**
 * The CKAN Action API v3 at `/api/3/action/` and `/api/action/`: the catalogue's read actions and the DataStore's.
 * `authenticate` turns an API token into its person (unknown tokens make the call anonymous, as in CKAN).
 * Successful calls about one dataset are counted for the usage statistics.
 */
export function ckanApiRoutes(app: FastifyInstance, deps: ModuleDeps, authenticate: (token: string) => Promise<CkanPerson | null>, usage: UsageCounter): void {
  registerCkanActions(app, { ...readActions(deps, usage), ...datastoreActions(deps, usage) }, { baseUrl: deps.config.baseUrl, authenticate });
}
