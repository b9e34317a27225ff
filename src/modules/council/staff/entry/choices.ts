import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../../kernel/db';
import type { Option } from '../../../../kernel/views';
import { councilOrganizations } from '../../tables';

export interface OrganizationChoice {
  id: string;
  name: string;
  organizationType: string | null;
}

/** The organisations not deleted, by name: the choices of every "Gremium" and "Fraktion" select. */
export async function organizationChoices(db: Executor): Promise<OrganizationChoice[]> {
  return db
    .select({
      id: councilOrganizations.id,
      name: sql<string>`coalesce(${councilOrganizations.name}, ${councilOrganizations.slug})`,
      organizationType: councilOrganizations.organizationType,
    })
    .from(councilOrganizations)
    .where(eq(councilOrganizations.deleted, false))
    .orderBy(sql`${councilOrganizations.name} collate "und-x-icu"`);
}

export const asOptions = (rows: readonly { id: string; name: string }[]): Option[] => rows.map((row) => ({ value: row.id, label: row.name }));

/** Whether every id of a form names one of the offered choices (a forged or stale id is a field error). */
export const allOffered = (ids: readonly (string | null)[], choices: readonly { id: string }[]): boolean =>
  ids.every((id) => id === null || choices.some((choice) => choice.id === id));
