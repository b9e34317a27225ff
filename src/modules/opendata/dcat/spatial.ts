/**
 * dcat-ap.de's political geocoding: one URI list per administrative level, each keyed by a prefix of
 * the 12-digit Regionalschlüssel (Land 2, Regierungsbezirk 1, Kreis 2, Gemeindeverband 4, Gemeinde 3
 * digits). Iserlohn: 05 (Nordrhein-Westfalen) 9 (Arnsberg) 62 (Märkischer Kreis) 0024 (no Gemeindeverband:
 * a town that belongs to none, as every town in NRW, puts 0 before its own number) 024 = 059620024024;
 * its 8-digit Gemeindeschlüssel 05962024 is the same without the Gemeindeverband part.
 */
import type { DcatSpatial, GeocodingLevel } from './model';

const BASE = 'http://dcat-ap.de/def/politicalGeocoding/';
const GERMANY = 'http://publications.europa.eu/resource/authority/country/DEU';

/** The key list of each level and how many digits of the Regionalschlüssel name an area in it. */
const KEY_LISTS: Record<Exclude<GeocodingLevel, 'federal'>, { list: string; digits: number }> = {
  state: { list: 'stateKey', digits: 2 },
  administrativeDistrict: { list: 'governmentDistrictKey', digits: 3 },
  district: { list: 'districtKey', digits: 5 },
  municipality: { list: 'regionalKey', digits: 12 },
};

/** `http://dcat-ap.de/def/politicalGeocoding/Level/municipality` and so on. */
export function geocodingLevelUri(level: GeocodingLevel): string {
  return `${BASE}Level/${level}`;
}

/** The URI of the covered area: the key list of its level, or the EU country Germany for the federal level. */
export function locationUri(spatial: DcatSpatial): string {
  if (!/^\d{12}$/.test(spatial.regionalKey)) throw new Error(`A Regionalschlüssel has 12 digits, not "${spatial.regionalKey}"`);
  if (spatial.level === 'federal') return GERMANY;
  const { list, digits } = KEY_LISTS[spatial.level];
  return `${BASE}${list}/${spatial.regionalKey.slice(0, digits)}`;
}
