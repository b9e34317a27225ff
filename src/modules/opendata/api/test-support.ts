import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../../kernel/config';
import { personWith, staffMember } from '../../../../tests/support/people';
import type { TestApp } from '../../../../tests/support/test-app';
import { createCkanToken } from '../access/api-tokens';
import { PUBLISH_PERMISSION } from '../policies';
import type { MemberCapacity, TokenScope } from '../tables';
import { addMember } from '../test-support';

/** A real CKAN answer of `tests/fixtures/ckan/` (SOURCES.md there), for the contract tests. */
export const ckanSample = (file: string) => JSON.parse(readFileSync(resolve(PROJECT_ROOT, 'tests/fixtures/ckan', file), 'utf8'));

/**
 * Keys of the samples we do not answer: CKAN internals (revisions, tracking, webstore), GovData's own
 * resource key, the harvest-source fields of the search sample's results (`config`, `source_type`,
 * `frequency`), and `creator_user_id`, which we give as null: no person's account id leaves the portal.
 */
export const NOT_ANSWERED = [
  'revision_id',
  'revision_timestamp',
  'tracking_summary',
  'webstore_url',
  'webstore_last_updated',
  'plannedAvailability',
  'image_url',
  'vocabulary_id',
  'config',
  'source_type',
  'frequency',
  'creator_user_id',
];

export interface CkanAnswer {
  status: number;
  body: { success: boolean; result?: unknown; error?: Record<string, unknown> & { __type: string } } & Record<string, unknown>;
}

/** A CKAN client's POST: JSON by default, or a prepared (multipart) body; the token raw in Authorization, as ckanapi sends it. */
export async function ckanPost(
  t: TestApp,
  action: string,
  body: unknown,
  token?: string,
  prepared?: { payload: Buffer; headers: Record<string, string> },
): Promise<CkanAnswer> {
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/3/action/${action}`,
    payload: prepared?.payload ?? JSON.stringify(body),
    headers: { ...(prepared?.headers ?? { 'content-type': 'application/json' }), ...(token ? { authorization: token } : {}) },
  });
  return { status: response.statusCode, body: response.json() };
}

/** A publisher's key: staff with `opendata.publish` (or without, `permission: false`) in the organisation(s) with the capacity. */
export async function keyOf(
  t: TestApp,
  organizationId: string | readonly string[] | null,
  { capacity = 'editor', scope = 'write', permission = true }: { capacity?: MemberCapacity; scope?: TokenScope; permission?: boolean } = {},
): Promise<string> {
  const person = await staffMember(t, [], { permissions: permission ? [PUBLISH_PERMISSION] : [] });
  for (const id of organizationId === null ? [] : [organizationId].flat()) await addMember(t, id, person.id, capacity);
  return (await createCkanToken(t.db, person.id, { name: 'Test', scope, expiresAt: null })).token;
}

/** A portal admin's write key (CKAN's sysadmin). */
export async function adminKey(t: TestApp): Promise<string> {
  const admin = await personWith(t, 'admin');
  return (await createCkanToken(t.db, admin.id, { name: 'Test', scope: 'write', expiresAt: null })).token;
}

/** The least a package_create needs here: a name, the organisation, a title, a licence and a contact point. */
export const NEW_PACKAGE = {
  title: 'Baumkataster',
  license_id: 'dl-by-de/2.0',
  maintainer: 'Open-Data-Stelle',
  maintainer_email: 'opendata@iserlohn.example',
  notes: 'Alle Straßenbäume der Stadt.',
  tags: [{ name: 'Bäume' }, { name: 'Umwelt' }],
  groups: [{ name: 'envi' }],
};
