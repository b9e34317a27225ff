import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { queryRows, type Executor } from '../../../../kernel/db';
import { optionalText } from '../../../../kernel/http';
import { councilLocations } from '../../tables';

/** "51,3746" or "51.3746" within ±limit, or empty. */
const optionalDegree = (label: string, limit: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, context) => {
      if (!value) return null;
      const number = /^-?\d{1,3}([.,]\d{1,8})?$/.test(value) ? Number(value.replace(',', '.')) : NaN;
      if (Number.isNaN(number) || Math.abs(number) > limit) {
        context.addIssue({
          code: 'custom',
          message: `Geben Sie den ${label} als Dezimalzahl zwischen −${limit} und ${limit} an, zum Beispiel ${limit === 90 ? '51,3746' : '7,6955'}.`,
        });
      }
      return number;
    });

/** The fields of a place (OParl Location) in a form: address, room, optional coordinates. */
export const placeFields = {
  streetAddress: optionalText('Die Straße', 200),
  postalCode: optionalText('Die Postleitzahl', 10),
  locality: optionalText('Der Ort', 100),
  room: optionalText('Der Raum', 100),
  latitude: optionalDegree('Breitengrad', 90),
  longitude: optionalDegree('Längengrad', 180),
};
export type PlaceInput = z.output<z.ZodObject<typeof placeFields>>;

/** Both coordinates or neither: the message goes to the one missing. */
export function checkCoordinates(value: PlaceInput, context: z.RefinementCtx): void {
  if ((value.latitude === null) !== (value.longitude === null)) {
    context.addIssue({
      code: 'custom',
      path: [value.latitude === null ? 'latitude' : 'longitude'],
      message: 'Geben Sie Breiten- und Längengrad an, oder keinen von beiden.',
    });
  }
}

/** The stored place as the form shows it: coordinates back from GeoJSON's [lon, lat] with a decimal comma. */
export function placeValues(location: typeof councilLocations.$inferSelect | undefined): Record<string, string | undefined> {
  if (!location) return {};
  const [longitude, latitude] = (location.geojson?.geometry.coordinates as number[] | undefined) ?? [];
  const degrees = (value: number | undefined) => (value === undefined ? undefined : String(value).replace('.', ','));
  const text = (value: string | null) => value ?? undefined;
  return {
    streetAddress: text(location.streetAddress),
    postalCode: text(location.postalCode),
    locality: text(location.locality),
    room: text(location.room),
    latitude: degrees(latitude),
    longitude: degrees(longitude),
  };
}

/** How many meetings and papers use the place: one that others use too gets a copy instead of a change. */
async function usesOf(db: Executor, locationId: string): Promise<number> {
  const [row] = await queryRows<{ count: number }>(
    db,
    sql`select ((select count(*) from council_meetings where location_id = ${locationId})
      + (select count(*) from council_paper_locations where location_id = ${locationId}))::int as count`,
  );
  return row?.count ?? 0;
}

/**
 * Writes the place of a meeting or paper as an OParl Location and answers its id (null: no place).
 * It is changed in place when only this object uses it and it was entered here, otherwise written
 * anew, so another object's or an imported place stays as it is.
 */
export async function writePlace(
  tx: Executor,
  current: typeof councilLocations.$inferSelect | undefined,
  input: PlaceInput,
  bodyId: string,
): Promise<string | null> {
  const { streetAddress, postalCode, locality, room, latitude, longitude } = input;
  if (!streetAddress && !postalCode && !locality && !room && latitude === null) return null;
  const values = {
    bodyId,
    streetAddress: streetAddress ?? null,
    postalCode: postalCode ?? null,
    locality: locality ?? null,
    room: room ?? null,
    description: [room, streetAddress, [postalCode, locality].filter(Boolean).join(' ')].filter(Boolean).join(', '),
    // GeoJSON is [longitude, latitude].
    geojson: latitude !== null && longitude !== null ? { type: 'Feature' as const, geometry: { type: 'Point', coordinates: [longitude, latitude] } } : null,
    modified: new Date(),
  };
  if (current && current.sourceId === null && (await usesOf(tx, current.id)) === 1) {
    await tx.update(councilLocations).set(values).where(eq(councilLocations.id, current.id));
    return current.id;
  }
  const [created] = await tx.insert(councilLocations).values(values).returning({ id: councilLocations.id });
  return created!.id;
}
