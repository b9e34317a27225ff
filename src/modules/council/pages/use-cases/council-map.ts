import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { parseGeoJson, type MapFeature } from '../../../../kernel/views/map';
import { mappedPlaces, type MappedPlace } from '../queries/map';

/** The map draws at most as many places as the kernel's map takes; each lists its newest five meetings and papers. */
const LIMITS = { places: 1000, perPlace: 5 };

export interface MapPlace extends MappedPlace {
  feature: MapFeature;
}

/**
 * `/rat/karte`: the places (OParl Location geometries) of meetings and public papers. Points and
 * polygons are drawn as the source gives them; a geometry the map cannot read keeps its place in
 * the list, without a mark on the map.
 */
export async function councilMap(_actor: Actor, deps: Pick<ModuleDeps, 'db'>): Promise<MapPlace[]> {
  const places = await mappedPlaces(deps.db, LIMITS);
  return places.map((place) => {
    const parsed = parseGeoJson({ type: 'Feature', properties: null, geometry: place.geojson.geometry ?? null });
    const geometry = parsed.ok ? (parsed.features[0]?.geometry ?? null) : null;
    const what = [
      place.meetings.length > 0 &&
        `${place.meetings.length === LIMITS.perPlace ? 'mindestens ' : ''}${place.meetings.length} Sitzung${place.meetings.length === 1 ? '' : 'en'}`,
      place.papers.length > 0 &&
        `${place.papers.length === LIMITS.perPlace ? 'mindestens ' : ''}${place.papers.length} Vorlage${place.papers.length === 1 ? '' : 'n'}`,
    ].filter((text): text is string => Boolean(text));
    return { ...place, feature: { name: place.name, properties: [{ key: 'Hier', value: what.join(', ') }], geometry } };
  });
}
