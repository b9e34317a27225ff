import type { Config } from '../../../kernel/config';
import { findPlaces, insideRing, type LonLat, type Place } from '../../../kernel/geo';
import type { FieldErrors } from '../../../kernel/http';
import type { WlanQuery } from './query';

/** How far around the town a browser's position is still taken: beyond it "near me" means nothing here. */
const SLACK_DEGREES = 0.2;

/** Where the list is measured from, or why not. */
export type Origin =
  | { kind: 'none' }
  | { kind: 'place'; place: Place; source: 'address' | 'browser'; canonical: boolean }
  | { kind: 'choose'; typed: string; places: Place[] }
  | { kind: 'invalid'; errors: FieldErrors };

const NUMBER = /^-?\d{1,3}(?:[.,]\d{1,8})?$/;

function parseDegrees(text: string): number | undefined {
  return NUMBER.test(text) ? Number(text.replace(',', '.')) : undefined;
}

/** The municipality's outline widened by the slack: a box a browser position must fall into. */
function nearTown(position: LonLat, config: Config): boolean {
  const boundary = config.municipality.map?.boundary;
  if (!boundary || insideRing(position, boundary)) return true;
  const lons = boundary.map(([lon]) => lon);
  const lats = boundary.map(([, lat]) => lat);
  const [lon, lat] = position;
  return (
    lon >= Math.min(...lons) - SLACK_DEGREES &&
    lon <= Math.max(...lons) + SLACK_DEGREES &&
    lat >= Math.min(...lats) - SLACK_DEGREES &&
    lat <= Math.max(...lats) + SLACK_DEGREES
  );
}

const ROUND = 1e4; // four places: about 10 m, as exact as "250 m" needs; the rest is not the portal's business

/**
 * The place "near me" measures from: the browser's coordinates (checked: numbers, on Earth, near the
 * town; rounded to about 10 m), else the typed address in the street list: one match is taken,
 * several are offered ("Meinten Sie …"), none is an error on the field. Nothing is stored.
 */
export function resolveOrigin(query: Pick<WlanQuery, 'ort' | 'breite' | 'laenge'>, config: Config): Origin {
  if (query.breite || query.laenge) {
    const lat = parseDegrees(query.breite);
    const lon = parseDegrees(query.laenge);
    if (lat === undefined || lon === undefined || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
      return { kind: 'invalid', errors: { ort: 'Ihr Standort kam nicht als gültige Koordinaten an. Geben Sie bitte eine Adresse oder Straße ein.' } };
    }
    const position: LonLat = [Math.round(lon * ROUND) / ROUND, Math.round(lat * ROUND) / ROUND];
    if (!nearTown(position, config)) {
      return {
        kind: 'invalid',
        errors: {
          ort: `Ihr Standort liegt nicht in oder bei ${config.municipality.name}. Geben Sie bitte eine Adresse oder Straße in ${config.municipality.name} ein.`,
        },
      };
    }
    return { kind: 'place', source: 'browser', canonical: false, place: { label: 'Ihr Standort', position, exact: true } };
  }
  if (!query.ort) return { kind: 'none' };
  // A label as the list shows it ("Hauptstraße (58642 Letmathe)", the "Meinten Sie" links) names one street.
  const labelled = findPlaces(config.streets, query.ort.replace(/\s*\([^)]*\)$/, ''), 50).filter((place) => place.label === query.ort);
  if (labelled.length === 1) return { kind: 'place', source: 'address', place: labelled[0]!, canonical: true };
  const places = findPlaces(config.streets, query.ort);
  if (places.length === 1) return { kind: 'place', source: 'address', place: places[0]!, canonical: false };
  if (places.length > 1) return { kind: 'choose', typed: query.ort, places };
  return {
    kind: 'invalid',
    errors: {
      ort: config.streets
        ? `„${query.ort}“ steht nicht in unserem Straßenverzeichnis. Prüfen Sie die Schreibweise oder geben Sie nur den Straßennamen ein, zum Beispiel „${config.streets.streets[0]!.name}“.`
        : 'Für diese Stadt ist kein Straßenverzeichnis hinterlegt; die Suche nach Adressen ist nicht möglich.',
    },
  };
}

/**
 * Whether the page for this origin may go into the page cache: not for a browser position, nor for an
 * address typed otherwise than the street list's label. Those URLs are as many as people and places
 * and would push everyone's pages out; the label's page (the "Meinten Sie" links give it) is one per
 * street, filter and page, a bounded number.
 */
export function mayCache(origin: Origin): boolean {
  return origin.kind === 'none' || origin.kind === 'invalid' || (origin.kind === 'place' && origin.canonical);
}
