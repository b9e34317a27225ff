import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../../kernel/db/types';
import { councilMemberships, councilOrganizations, councilPersons } from '../../tables';

/** What a person's page may show: only what the source publishes (or staff entered), nothing derived. */
export async function findPerson(db: Executor, id: string) {
  const [row] = await db
    .select({
      id: councilPersons.id,
      deleted: councilPersons.deleted,
      name: councilPersons.name,
      familyName: councilPersons.familyName,
      givenName: councilPersons.givenName,
      formOfAddress: councilPersons.formOfAddress,
      affix: councilPersons.affix,
      title: councilPersons.title,
      phone: councilPersons.phone,
      email: councilPersons.email,
      status: councilPersons.status,
      web: councilPersons.web,
    })
    .from(councilPersons)
    .where(eq(councilPersons.id, id));
  return row;
}

/** All of the person's memberships (past ones too), newest first. */
export function membershipsOf(db: Executor, personId: string) {
  return db
    .select({
      organizationId: councilOrganizations.id,
      slug: councilOrganizations.slug,
      organization: sql<string>`coalesce(${councilOrganizations.name}, ${councilOrganizations.shortName}, ${councilOrganizations.slug})`,
      organizationType: councilOrganizations.organizationType,
      role: councilMemberships.role,
      votingRight: councilMemberships.votingRight,
      startDate: councilMemberships.startDate,
      endDate: councilMemberships.endDate,
    })
    .from(councilMemberships)
    .innerJoin(councilOrganizations, eq(councilOrganizations.id, councilMemberships.organizationId))
    .where(and(eq(councilMemberships.personId, personId), eq(councilMemberships.deleted, false), eq(councilOrganizations.deleted, false)))
    .orderBy(sql`${councilMemberships.endDate} desc nulls first`, asc(sql`${councilOrganizations.name} collate "und-x-icu"`));
}
export type MembershipRecord = Awaited<ReturnType<typeof membershipsOf>>[number];
