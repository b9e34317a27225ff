import { councilLocations } from '../../tables';

/** The columns of a Location a page names a place by (select them under these keys, left-joined). */
export const PLACE_COLUMNS = {
  placeDescription: councilLocations.description,
  placeRoom: councilLocations.room,
  placeStreet: councilLocations.streetAddress,
  placePostalCode: councilLocations.postalCode,
  placeLocality: councilLocations.locality,
};

export interface PlaceColumns {
  placeDescription: string | null;
  placeRoom: string | null;
  placeStreet: string | null;
  placePostalCode: string | null;
  placeLocality: string | null;
}

/** "Rathaus, Ratssaal, Schillerplatz 7, 58636 Iserlohn": what the source says of a place, without repeats; null without any. */
export function placeText(place: PlaceColumns): string | null {
  const town = [place.placePostalCode, place.placeLocality].filter(Boolean).join(' ');
  const parts: string[] = [];
  for (const part of [place.placeDescription, place.placeRoom, place.placeStreet, town]) {
    const text = part?.trim();
    // "Rathaus, Ratssaal" as description already names the room "Ratssaal".
    if (text && !parts.some((known) => known.includes(text))) parts.push(text);
  }
  return parts.length > 0 ? parts.join(', ') : null;
}
