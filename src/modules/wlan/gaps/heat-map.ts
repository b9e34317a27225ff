import { distanceMetres, type LonLat, type StreetList } from '../../../kernel/geo';
import type { GapState } from '../tables';
import type { PublicGapRow } from './repository';

/** About 500 m: a few street blocks, so a report in a cell of its own gives no more than its neighbourhood. */
export const CELL_METRES = 500;
const METRES_PER_DEGREE_LATITUDE = 111_195;

export type PublicState = Extract<GapState, 'confirmed' | 'planned' | 'resolved'>;
export type StateCounts = Record<PublicState, number>;

export interface HeatCell {
  /** The cell's middle, never a report's own position. */
  centre: LonLat;
  /** "Umgebung Schillerplatz": the street nearest to the cell's middle, for the list beside the map. */
  name: string;
  counts: StateCounts;
  total: number;
  /** What staff wrote publicly about reports in this cell (their text only; never a reporter's description). */
  notes: string[];
}

export interface AreaRow {
  /**
   * The district (Ortsteil) of the nearest street in the street list, that street where the list has no
   * districts, or without a list the district or postcode of the place's label.
   */
  area: string;
  counts: StateCounts;
  total: number;
}

const emptyCounts = (): StateCounts => ({ confirmed: 0, planned: 0, resolved: 0 });

/**
 * Without a street list: the district or postcode the place's label names in brackets
 * ("Hagener Straße 3 (58642 Letmathe)" → "Letmathe"), never the street or house number.
 */
export function areaFromLabel(place: string): string {
  const inBrackets = /\(([^()]*)\)\s*$/.exec(place)?.[1]?.trim() ?? '';
  const district = inBrackets.replace(/\b\d{5}\b/, '').trim();
  return district || inBrackets || 'Ohne Ortsangabe';
}

function nearestStreet(streets: StreetList | undefined, position: LonLat): StreetList['streets'][number] | undefined {
  let best: { street: StreetList['streets'][number]; metres: number } | undefined;
  for (const street of streets?.streets ?? []) {
    const metres = distanceMetres(street.position, position);
    if (!best || metres < best.metres) best = { street, metres };
  }
  return best?.street;
}

/**
 * Aggregates the public reports into square cells of `CELL_METRES` (a grid fixed to the degrees, with
 * the longitude step widened by the latitude so cells are square on the ground): the heat map draws a
 * circle per cell at its middle, sized by the count. Cells in a stable order, the fullest first.
 */
export function heatCells(rows: readonly PublicGapRow[], streets: StreetList | undefined, cellMetres = CELL_METRES): HeatCell[] {
  if (rows.length === 0) return [];
  const latStep = cellMetres / METRES_PER_DEGREE_LATITUDE;
  // One longitude step for the whole town (from the first report's latitude, rounded): cells must not move with the data.
  const referenceLatitude = Math.round(rows[0]!.latitude);
  const lonStep = latStep / Math.cos((referenceLatitude * Math.PI) / 180);
  const cells = new Map<string, { x: number; y: number; counts: StateCounts; notes: string[]; area: string }>();
  for (const row of rows) {
    const x = Math.floor(row.longitude / lonStep);
    const y = Math.floor(row.latitude / latStep);
    const key = `${x}:${y}`;
    const cell = cells.get(key) ?? { x, y, counts: emptyCounts(), notes: [], area: areaFromLabel(row.place) };
    cell.counts[row.state as PublicState] += 1;
    if (row.publicNote && !cell.notes.includes(row.publicNote)) cell.notes.push(row.publicNote);
    cells.set(key, cell);
  }
  return [...cells.values()]
    .map(({ x, y, counts, notes, area }) => {
      const centre: LonLat = [(x + 0.5) * lonStep, (y + 0.5) * latStep];
      const street = nearestStreet(streets, centre);
      const total = counts.confirmed + counts.planned + counts.resolved;
      return { centre, name: street ? `Umgebung ${street.name}${street.district ? ` (${street.district})` : ''}` : `Gebiet in ${area}`, counts, total, notes };
    })
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, 'de'));
}

/** The table beside the map: reports per district (or street) and state, alphabetically. */
export function areaRows(rows: readonly PublicGapRow[], streets: StreetList | undefined): AreaRow[] {
  const areas = new Map<string, StateCounts>();
  for (const row of rows) {
    const street = nearestStreet(streets, [row.longitude, row.latitude]);
    const area = street ? (street.district ?? street.name) : areaFromLabel(row.place);
    const counts = areas.get(area) ?? emptyCounts();
    counts[row.state as PublicState] += 1;
    areas.set(area, counts);
  }
  return [...areas.entries()]
    .map(([area, counts]) => ({ area, counts, total: counts.confirmed + counts.planned + counts.resolved }))
    .sort((a, b) => a.area.localeCompare(b.area, 'de'));
}
