import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../../kernel/db/types';
import {
  councilConsultationOrganizations,
  councilConsultations,
  councilMeetingOrganizations,
  councilOrganizations,
  councilPaperOrganizations,
} from '../../tables';

/** A Gremium as pages link it. */
export interface OrganizationRef {
  id: string;
  slug: string;
  name: string;
}

const REF = {
  id: councilOrganizations.id,
  slug: councilOrganizations.slug,
  name: sql<string>`coalesce(${councilOrganizations.name}, ${councilOrganizations.shortName}, ${councilOrganizations.slug})`,
};

function grouped<T extends { key: string }>(rows: T[]): Map<string, Omit<T, 'key'>[]> {
  const map = new Map<string, Omit<T, 'key'>[]>();
  for (const { key, ...rest } of rows) map.set(key, [...(map.get(key) ?? []), rest]);
  return map;
}

/** The Gremien of each meeting (Meeting.organization), by meeting id. */
export async function meetingOrganizations(db: Executor, meetingIds: readonly string[]): Promise<Map<string, OrganizationRef[]>> {
  if (meetingIds.length === 0) return new Map();
  const rows = await db
    .select({ key: councilMeetingOrganizations.meetingId, ...REF })
    .from(councilMeetingOrganizations)
    .innerJoin(councilOrganizations, eq(councilOrganizations.id, councilMeetingOrganizations.organizationId))
    .where(inArray(councilMeetingOrganizations.meetingId, [...meetingIds]))
    .orderBy(asc(sql`${REF.name} collate "und-x-icu"`));
  return grouped(rows);
}

/**
 * The Gremien a paper belongs to for the visibility rule (policies.ts): the Gremien of its
 * consultations and its underDirectionOf, by paper id.
 */
export async function paperOrganizationIds(db: Executor, paperIds: readonly string[]): Promise<Map<string, string[]>> {
  if (paperIds.length === 0) return new Map();
  const ids = [...paperIds];
  const [consulted, directed] = await Promise.all([
    db
      .selectDistinct({ key: councilConsultations.paperId, id: councilConsultationOrganizations.organizationId })
      .from(councilConsultations)
      .innerJoin(councilConsultationOrganizations, eq(councilConsultationOrganizations.consultationId, councilConsultations.id))
      .where(and(inArray(councilConsultations.paperId, ids), eq(councilConsultations.deleted, false))),
    db
      .select({ key: councilPaperOrganizations.paperId, id: councilPaperOrganizations.organizationId })
      .from(councilPaperOrganizations)
      .where(and(inArray(councilPaperOrganizations.paperId, ids), eq(councilPaperOrganizations.role, 'underDirectionOf'))),
  ]);
  const map = new Map<string, string[]>();
  for (const { key, id } of [...consulted, ...directed]) {
    if (key) map.set(key, [...new Set([...(map.get(key) ?? []), id])]);
  }
  return map;
}
