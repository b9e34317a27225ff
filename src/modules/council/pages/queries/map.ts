import { and, eq, isNotNull, lte, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Executor } from '../../../../kernel/db/types';
import { councilLocations, councilMeetings, councilPaperLocations, councilPapers, type LocationGeoJson } from '../../tables';
import { PLACE_COLUMNS, placeText } from './places';

export interface MappedPlace {
  id: string;
  name: string;
  geojson: LocationGeoJson;
  meetings: { id: string; name: string | null; start: Date | null; cancelled: boolean }[];
  papers: { id: string; name: string | null; reference: string | null }[];
}

/** Places with a geometry and what happened there: live meetings and public papers, newest first, a bounded number each. */
export async function mappedPlaces(db: Executor, limits: { places: number; perPlace: number }): Promise<MappedPlace[]> {
  const rank = (partition: SQLWrapper, order: SQL) => sql<number>`(row_number() over (partition by ${partition} order by ${order}))::int`.as('rank');
  const meetingsRanked = db
    .select({
      locationId: councilMeetings.locationId,
      id: councilMeetings.id,
      name: councilMeetings.name,
      start: councilMeetings.start,
      cancelled: councilMeetings.cancelled,
      rank: rank(councilMeetings.locationId, sql`${councilMeetings.start} desc nulls last`),
    })
    .from(councilMeetings)
    .where(and(eq(councilMeetings.deleted, false), isNotNull(councilMeetings.locationId)))
    .as('meetings_ranked');
  const papersRanked = db
    .select({
      locationId: councilPaperLocations.locationId,
      id: councilPapers.id,
      name: councilPapers.name,
      reference: councilPapers.reference,
      rank: rank(councilPaperLocations.locationId, sql`${councilPapers.date} desc nulls last`),
    })
    .from(councilPaperLocations)
    .innerJoin(councilPapers, eq(councilPapers.id, councilPaperLocations.paperId))
    .where(and(eq(councilPapers.deleted, false), eq(councilPapers.public, true)))
    .as('papers_ranked');
  // Only the newest few per place leave the database: a busy Ratssaal has hundreds of meetings.
  const [meetings, papers] = await Promise.all([
    db.select().from(meetingsRanked).where(lte(meetingsRanked.rank, limits.perPlace)),
    db.select().from(papersRanked).where(lte(papersRanked.rank, limits.perPlace)),
  ]);
  const used = new Set([...meetings.map((row) => row.locationId!), ...papers.map((row) => row.locationId)]);
  if (used.size === 0) return [];
  const locations = await db
    .select({ id: councilLocations.id, geojson: councilLocations.geojson, ...PLACE_COLUMNS })
    .from(councilLocations)
    .where(and(eq(councilLocations.deleted, false), isNotNull(councilLocations.geojson)));
  return locations
    .filter((location) => used.has(location.id))
    .map((location) => ({
      id: location.id,
      name: placeText(location) ?? 'Ort ohne Bezeichnung',
      geojson: location.geojson!,
      meetings: meetings.filter((row) => row.locationId === location.id),
      papers: papers.filter((row) => row.locationId === location.id),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'de'))
    .slice(0, limits.places);
}
