import { and, asc, desc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import type { Executor } from '../../../../kernel/db/types';
import { councilMemberships, councilOrganizations, councilPersons } from '../../tables';

export interface OrganizationRecord {
  id: string;
  deleted: boolean;
  slug: string;
  name: string;
  shortName: string | null;
  organizationType: string | null;
  classification: string | null;
  startDate: string | null;
  endDate: string | null;
  website: string | null;
  web: string | null;
}

const COLUMNS = {
  id: councilOrganizations.id,
  deleted: councilOrganizations.deleted,
  slug: councilOrganizations.slug,
  name: sql<string>`coalesce(${councilOrganizations.name}, ${councilOrganizations.shortName}, ${councilOrganizations.slug})`,
  shortName: councilOrganizations.shortName,
  organizationType: councilOrganizations.organizationType,
  classification: councilOrganizations.classification,
  startDate: councilOrganizations.startDate,
  endDate: councilOrganizations.endDate,
  website: councilOrganizations.website,
  web: councilOrganizations.web,
};

/** Every organisation that is not deleted, by name. */
export function allOrganizations(db: Executor): Promise<OrganizationRecord[]> {
  return db
    .select(COLUMNS)
    .from(councilOrganizations)
    .where(eq(councilOrganizations.deleted, false))
    .orderBy(asc(sql`${COLUMNS.name} collate "und-x-icu"`));
}

/** By its slug; a live one wins over a deleted one of another body with the same slug. */
export async function organizationBySlug(db: Executor, slug: string): Promise<OrganizationRecord | undefined> {
  const [row] = await db
    .select(COLUMNS)
    .from(councilOrganizations)
    .where(eq(councilOrganizations.slug, slug))
    .orderBy(asc(councilOrganizations.deleted), asc(councilOrganizations.created))
    .limit(1);
  return row;
}

export interface MemberRecord {
  personId: string;
  name: string | null;
  familyName: string | null;
  givenName: string | null;
  role: string | null;
  votingRight: boolean | null;
  startDate: string | null;
}

/** The members on `today` (memberships that have begun and not ended), by family name. */
export function currentMembers(db: Executor, organizationId: string, today: string): Promise<MemberRecord[]> {
  return db
    .select({
      personId: councilPersons.id,
      name: councilPersons.name,
      familyName: councilPersons.familyName,
      givenName: councilPersons.givenName,
      role: councilMemberships.role,
      votingRight: councilMemberships.votingRight,
      startDate: councilMemberships.startDate,
    })
    .from(councilMemberships)
    .innerJoin(councilPersons, eq(councilPersons.id, councilMemberships.personId))
    .where(
      and(
        eq(councilMemberships.organizationId, organizationId),
        eq(councilMemberships.deleted, false),
        eq(councilPersons.deleted, false),
        or(isNull(councilMemberships.startDate), lte(councilMemberships.startDate, today)),
        or(isNull(councilMemberships.endDate), gte(councilMemberships.endDate, today)),
      ),
    )
    .orderBy(
      asc(sql`coalesce(${councilPersons.familyName}, ${councilPersons.name}) collate "und-x-icu"`),
      asc(sql`${councilPersons.givenName} collate "und-x-icu"`),
      desc(councilMemberships.startDate),
    );
}
