import type { Actor } from '../../../../kernel/auth';
import { errors } from '../../../../kernel/http/errors';
import type { ModuleDeps } from '../../../../kernel/module';
import { berlinDay } from '../../../../kernel/time';
import { groupOrganizations } from '../organization-groups';
import { allOrganizations, currentMembers, organizationBySlug } from '../queries/organizations';
import { nextMeetings, recentMeetings } from './browse-calendar';

const SLUG = /^[a-z0-9-]{1,200}$/;
const MEETINGS_SHOWN = 5;

/** `/rat/gremien`: every organisation, grouped (Rat, Ausschüsse, Beiräte, Fraktionen…). */
export async function listOrganizations(_actor: Actor, deps: Pick<ModuleDeps, 'db'>, now = new Date()) {
  return groupOrganizations(await allOrganizations(deps.db), berlinDay(now));
}

/**
 * `/rat/gremien/<slug>`: the Gremium with its current members, its next and latest meetings. A
 * deleted one is `gone` (410).
 */
export async function showOrganization(_actor: Actor, input: { slug: string }, deps: Pick<ModuleDeps, 'db'>, now = new Date()) {
  const organization = SLUG.test(input.slug) ? await organizationBySlug(deps.db, input.slug) : undefined;
  if (!organization) throw errors.notFound('Das Gremium');
  if (organization.deleted) return { kind: 'gone' as const, organization };
  const [members, upcoming, recent] = await Promise.all([
    currentMembers(deps.db, organization.id, berlinDay(now)),
    nextMeetings(deps, { organizationId: organization.id, limit: MEETINGS_SHOWN }, now),
    recentMeetings(deps, { organizationId: organization.id, limit: MEETINGS_SHOWN }, now),
  ]);
  return { kind: 'shown' as const, organization, members, upcoming, recent };
}
export type OrganizationPage = Extract<Awaited<ReturnType<typeof showOrganization>>, { kind: 'shown' }>;
