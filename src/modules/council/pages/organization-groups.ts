import type { OrganizationRecord } from './queries/organizations';

/** The groups of /rat/gremien, in the order a reader looks for them. */
export const ORGANIZATION_GROUPS = [
  'Rat',
  'Ausschüsse',
  'Beiräte',
  'Bezirksvertretungen',
  'Weitere Gremien',
  'Fraktionen',
  'Parteien',
  'Verwaltung',
  'Sonstige',
  'Aufgelöste Gremien',
] as const;
export type OrganizationGroup = (typeof ORGANIZATION_GROUPS)[number];

/**
 * Which group an organisation belongs to: OParl's organizationType says Gremium, Fraktion, Partei or
 * Verwaltungsbereich; for Gremien the source's free classification tells the Rat from its committees.
 */
export function organizationGroup(org: Pick<OrganizationRecord, 'organizationType' | 'classification' | 'endDate'>, today: string): OrganizationGroup {
  if (org.endDate && org.endDate < today) return 'Aufgelöste Gremien';
  const type = org.organizationType?.trim().toLowerCase() ?? '';
  const classification = org.classification?.trim().toLowerCase() ?? '';
  if (type === 'fraktion' || classification.includes('fraktion')) return 'Fraktionen';
  if (type === 'partei') return 'Parteien';
  if (type === 'verwaltungsbereich') return 'Verwaltung';
  if (classification.includes('ausschuss')) return 'Ausschüsse';
  if (classification.includes('beirat')) return 'Beiräte';
  if (classification.includes('bezirk')) return 'Bezirksvertretungen';
  if (['rat', 'stadtrat', 'gemeinderat', 'kreistag', 'stadtverordnetenversammlung', 'gemeindevertretung'].includes(classification)) return 'Rat';
  if (type === 'gremium' || classification) return 'Weitere Gremien';
  return 'Sonstige';
}

/** The organisations by group, empty groups left out. */
export function groupOrganizations(organizations: OrganizationRecord[], today: string): { group: OrganizationGroup; organizations: OrganizationRecord[] }[] {
  return ORGANIZATION_GROUPS.map((group) => ({ group, organizations: organizations.filter((org) => organizationGroup(org, today) === group) })).filter(
    (entry) => entry.organizations.length > 0,
  );
}
