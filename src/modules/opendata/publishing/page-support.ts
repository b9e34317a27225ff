import type { FastifyRequest } from 'fastify';
import { errors } from '../../../kernel/http';
import { WORKSPACE_CRUMB, type Crumb } from '../../../kernel/views';
import { PUBLISHING_PATHS, STATE_ACTIONS, type StateAction, type StateActionSlug } from './paths';

export const DATASET_CRUMBS: Crumb[] = [WORKSPACE_CRUMB, { href: PUBLISHING_PATHS.datasets, label: 'Datensätze' }];
export const ORGANIZATION_CRUMBS: Crumb[] = [WORKSPACE_CRUMB, { href: PUBLISHING_PATHS.organizations, label: 'Organisationen' }];
export const TOKEN_CRUMBS: Crumb[] = [WORKSPACE_CRUMB, { href: PUBLISHING_PATHS.tokens, label: 'API-Schlüssel' }];

export type WithId = { Params: { id: string } };
export type WithResource = { Params: { id: string; resourceId: string } };
export type WithMember = { Params: { id: string; userId: string } };
export type WithAction = { Params: { id: string; action: string } };

/** The state change named in the URL; an unknown one is a page that does not exist. */
export function stateActionOf(slug: string): { slug: StateActionSlug; action: StateAction } {
  if (!Object.hasOwn(STATE_ACTIONS, slug)) throw errors.pageNotFound();
  return { slug: slug as StateActionSlug, action: STATE_ACTIONS[slug as StateActionSlug] };
}

/** What a use case gets from a page besides its input: the client address for the audit log. */
export function ipOf(request: FastifyRequest): { ip: string } {
  return { ip: request.ip };
}
