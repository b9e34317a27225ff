import { z } from 'zod';
import type { LonLat } from './distance';

/**
 * A street list: the municipality's streets, each with one position (about its middle) and,
 * optionally, positions of house numbers. The demo towns ship approximate lists; a city replaces
 * them with its official data (e.g. from its Straßenverzeichnis or the Land's address data).
 * With it, "near me" works by typing an address; no external geocoder is asked.
 */
const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const streetListSchema = z.object({
  /** Where the list comes from and how exact it is, shown where a distance is computed from it. */
  source: z.string().min(1, 'must say where the street list comes from'),
  streets: z
    .array(
      z.object({
        name: z.string().min(2),
        /** Ortsteil, shown to tell streets of the same name apart ("Hauptstraße (Letmathe)"). */
        district: z.string().min(1).optional(),
        postcode: z
          .string()
          .regex(/^\d{5}$/, 'muss eine fünfstellige Postleitzahl sein')
          .optional(),
        position,
        /** House number → position, where known; the street's position otherwise. */
        numbers: z.record(z.string(), position).optional(),
      }),
    )
    .min(1, 'braucht mindestens eine Straße'),
});
export type StreetList = z.infer<typeof streetListSchema>;
type Street = StreetList['streets'][number];

/** A found address: what to show and where it is. */
export interface Place {
  label: string;
  position: LonLat;
  /** True when the house number was found; false when the street's middle stands for it. */
  exact: boolean;
}

/** Lower case, ß as ss, umlauts folded, "str." as "strasse": how people type street names. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/str\.?(?=\s|$|\d)/g, 'strasse')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function labelOf(street: Street, number: string | undefined): string {
  const name = number ? `${street.name} ${number}` : street.name;
  const place = [street.postcode, street.district].filter(Boolean).join(' ');
  return place ? `${name} (${place})` : name;
}

/**
 * Looks addresses up in a street list: "Schillerplatz 7", "wermingser str", "Hagener Straße, 58642".
 * Streets whose normalised name starts with what was typed come first, then those containing it;
 * a trailing house number picks its position where the list has one. At most `limit` places.
 */
export function findPlaces(list: StreetList | undefined, query: string, limit = 8): Place[] {
  if (!list) return [];
  const typed = normalise(query.slice(0, 200));
  const postcode = /\b(\d{5})\b/.exec(typed)?.[1];
  const withoutPostcode = typed.replace(/\b\d{5}\b/g, ' ').trim();
  const numberMatch = /^(.*?\D)\s*(\d+\s?[a-z]?)$/.exec(withoutPostcode);
  const name = (numberMatch?.[1] ?? withoutPostcode).trim();
  const number = numberMatch?.[2]?.replace(/\s/g, '');
  if (name.length < 2) return [];
  const ranked: { street: Street; rank: number }[] = [];
  for (const street of list.streets) {
    if (postcode && street.postcode && street.postcode !== postcode) continue;
    const candidate = normalise(street.name);
    const rank = candidate === name ? 0 : candidate.startsWith(name) ? 1 : candidate.includes(name) ? 2 : -1;
    if (rank >= 0) ranked.push({ street, rank });
  }
  const places = ranked.map(({ street, rank }) => {
    const numbered = number ? street.numbers?.[number] : undefined;
    return { rank, place: { label: labelOf(street, number), position: numbered ?? street.position, exact: numbered !== undefined } };
  });
  places.sort((a, b) => a.rank - b.rank || a.place.label.localeCompare(b.place.label, 'de'));
  return places.slice(0, limit).map(({ place }) => place);
}
