import { findPlaces, type Place, type StreetList } from '../../../kernel/geo';

export type Located = { kind: 'found'; place: Place } | { kind: 'choices'; places: Place[] } | { kind: 'none' };

/**
 * Where a reported gap is: the typed address looked up in the municipality's street list. One match
 * is taken; several give "Meinten Sie …" choices, of which the one the person picked (`chosen`, its
 * label) is taken when it is still among them.
 */
export function locateGap(streets: StreetList | undefined, typed: string, chosen: string | undefined): Located {
  const places = findPlaces(streets, typed);
  if (places.length === 0) return { kind: 'none' };
  if (places.length === 1) return { kind: 'found', place: places[0]! };
  const picked = chosen ? places.find((place) => place.label === chosen) : undefined;
  return picked ? { kind: 'found', place: picked } : { kind: 'choices', places };
}
