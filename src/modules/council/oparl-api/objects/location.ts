import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../../kernel/db';
import { councilBodies, councilLocations, councilMeetings, councilOrganizations, councilPaperLocations, councilPapers, councilPersons } from '../../tables';
import { objectUrls, type OparlContext } from '../context';
import { inOrder, type JsonObject } from '../json';
import { anyOf, oparlObject, undeletedAmong, type OparlKind } from './common';

type LocationRow = typeof councilLocations.$inferSelect;

function locationObject(context: OparlContext, row: LocationRow, backReferences: JsonObject = {}): JsonObject {
  return oparlObject(context, 'location', row, () => ({
    description: row.description,
    geojson: row.geojson as unknown as JsonObject | null,
    streetAddress: row.streetAddress,
    room: row.room,
    postalCode: row.postalCode,
    subLocality: row.subLocality,
    locality: row.locality,
    ...backReferences,
  }));
}

/** Locations as embedded in a body, organization, meeting, paper or person: undeleted ones, without back-references. */
export async function embeddedLocations(context: OparlContext, ids: ReadonlyArray<string | null>): Promise<Map<string, JsonObject>> {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  if (unique.length === 0) return new Map();
  const rows = await context.db
    .select()
    .from(councilLocations)
    .where(and(anyOf(councilLocations.id, unique), eq(councilLocations.deleted, false)));
  return new Map(rows.map((row) => [row.id, locationObject(context, row)]));
}

/** Ids of the undeleted rows (public ones, for papers) that point at each location. */
async function pointingAt(db: Executor, ids: string[]) {
  const group = (rows: Array<{ id: string; locationId: string | null }>) => {
    const map = new Map<string, string[]>();
    for (const row of rows) if (row.locationId) map.set(row.locationId, [...(map.get(row.locationId) ?? []), row.id]);
    return map;
  };
  const bodies = await db
    .select({ id: councilBodies.id, locationId: councilBodies.locationId })
    .from(councilBodies)
    .where(and(anyOf(councilBodies.locationId, ids), eq(councilBodies.deleted, false)));
  const organizations = await db
    .select({ id: councilOrganizations.id, locationId: councilOrganizations.locationId })
    .from(councilOrganizations)
    .where(and(anyOf(councilOrganizations.locationId, ids), eq(councilOrganizations.deleted, false)));
  const persons = await db
    .select({ id: councilPersons.id, locationId: councilPersons.locationId })
    .from(councilPersons)
    .where(and(anyOf(councilPersons.locationId, ids), eq(councilPersons.deleted, false)));
  const meetings = await db
    .select({ id: councilMeetings.id, locationId: councilMeetings.locationId })
    .from(councilMeetings)
    .where(and(anyOf(councilMeetings.locationId, ids), eq(councilMeetings.deleted, false)));
  const paperLinks = await db
    .select({ id: councilPaperLocations.paperId, locationId: councilPaperLocations.locationId })
    .from(councilPaperLocations)
    .where(anyOf(councilPaperLocations.locationId, ids));
  const publicPapers = await undeletedAmong(
    db,
    councilPapers,
    paperLinks.map((link) => link.id),
    sql`public`,
  );
  const papers = paperLinks.filter((link) => publicPapers.has(link.id));
  return { bodies: group(bodies), organizations: group(organizations), persons: group(persons), meetings: group(meetings), papers: group(papers) };
}

export const locationKind: OparlKind = {
  type: 'location',
  table: councilLocations,
  async render(context, ids) {
    const list = [...ids];
    const rows = await context.db.select().from(councilLocations).where(anyOf(councilLocations.id, list));
    const back = await pointingAt(context.db, list);
    const objects = new Map(
      rows.map((row) => [
        row.id,
        locationObject(context, row, {
          bodies: objectUrls(context, 'body', back.bodies.get(row.id) ?? []),
          organizations: objectUrls(context, 'organization', back.organizations.get(row.id) ?? []),
          persons: objectUrls(context, 'person', back.persons.get(row.id) ?? []),
          meetings: objectUrls(context, 'meeting', back.meetings.get(row.id) ?? []),
          papers: objectUrls(context, 'paper', back.papers.get(row.id) ?? []),
        }),
      ]),
    );
    return inOrder(ids, objects);
  },
};
