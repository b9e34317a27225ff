import { hasPermission, isAdmin, type Actor, type CurrentUser } from '../../kernel/auth';
import type { Dataset, MemberCapacity } from './tables';

/** Staff who publish open data for an organisation (the section `/verwaltung/daten`); admins hold it implicitly. */
export const PUBLISH_PERMISSION = 'opendata.publish';

export function mayOpenPublishing(actor: Actor): boolean {
  return hasPermission(actor, PUBLISH_PERMISSION);
}

/**
 * What a person may do in the catalogue: their capacity in each organisation, loaded once per
 * request. The portal's admins act as CKAN's sysadmins (every organisation, as admin).
 */
export interface PublisherAccess {
  user: CurrentUser | null;
  sysadmin: boolean;
  capacities: ReadonlyMap<string, MemberCapacity>;
}

export const ANONYMOUS: PublisherAccess = { user: null, sysadmin: false, capacities: new Map() };

export function publisherAccess(actor: Actor, capacities: ReadonlyMap<string, MemberCapacity>): PublisherAccess {
  return { user: actor, sysadmin: isAdmin(actor), capacities };
}

const RANK: Record<MemberCapacity, number> = { member: 1, editor: 2, admin: 3 };

function holds(access: PublisherAccess, organizationId: string, capacity: MemberCapacity): boolean {
  if (access.sysadmin) return true;
  const held = access.capacities.get(organizationId);
  return held !== undefined && RANK[held] >= RANK[capacity];
}

interface DatasetFacts {
  organizationId: string;
  state: 'draft' | 'active' | 'deleted';
  private: boolean;
}

/** Everyone reads published public datasets; drafts, private and deleted ones only the organisation's members. */
export function mayReadDataset(access: PublisherAccess, dataset: DatasetFacts): boolean {
  if (dataset.state === 'active' && !dataset.private) return true;
  return holds(access, dataset.organizationId, 'member');
}

/** Editors and admins of the organisation create, edit, publish and delete its datasets. */
export function mayEditDataset(access: PublisherAccess, dataset: Pick<DatasetFacts, 'organizationId'>): boolean {
  return holds(access, dataset.organizationId, 'editor');
}

/**
 * Where a dataset is kept current when not by its publishers here: a harvest source, or a module of
 * the portal (its declaration, by `originRef` `<module>:<name>`, names where: `findMaintainer`).
 */
export type MaintainedElsewhere = { by: 'harvest'; harvestSourceId: string | null } | { by: 'module'; originRef: string | null };

/**
 * A dataset maintained elsewhere is rewritten there: a harvested one by the next harvest of its
 * source, a module's one (origin_ref `<module>:<name>`) by the job that regenerates it from the
 * module's rows. A change made here would be overwritten without a trace, so nothing here changes it
 * (the back office refuses, and so do CKAN's write actions); only the harvest and the module-datasets
 * job write it, through the catalogue's write path. Undefined: the publishers maintain it here.
 */
export function maintainedElsewhere(dataset: Pick<Dataset, 'origin' | 'harvestSourceId' | 'originRef'>): MaintainedElsewhere | undefined {
  if (dataset.origin === 'harvest') return { by: 'harvest', harvestSourceId: dataset.harvestSourceId };
  if (dataset.origin === 'module') return { by: 'module', originRef: dataset.originRef };
  return undefined;
}

/** Admins of an organisation manage its members, harvest sources and settings. */
export function mayManageOrganization(access: PublisherAccess, organizationId: string): boolean {
  return holds(access, organizationId, 'admin');
}

/** An organisation's usage figures (per dataset and day): its members in any capacity and the portal's admins. */
export function maySeeUsage(access: PublisherAccess, organizationId: string): boolean {
  return holds(access, organizationId, 'member');
}

/** Organisations themselves are created by the portal's admins only. */
export function mayCreateOrganization(access: PublisherAccess): boolean {
  return access.sysadmin;
}
