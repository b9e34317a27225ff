import { csvText, type CsvFormat } from '../../../kernel/csv';
import type { PublicHotspot } from '../map/current-hotspots';
import { exportedHotspots, hotspotProperties } from './hotspot-rows';

/**
 * Comma as RFC 4180 has it, no byte order mark, as the file has always been. Formulas defused: node
 * names come from the community's feed, written by anyone, and people open the list in a spreadsheet;
 * positions and counts are numbers, which the guard leaves alone.
 */
const HOTSPOTS_CSV: CsvFormat = { separator: ',', bom: false, defuseFormulas: true };

/** The hotspots as CSV (RFC 4180: comma, CRLF, UTF-8): the GeoJSON's properties plus longitude and latitude. */
export function hotspotsCsv(hotspots: readonly PublicHotspot[], baseUrl: string): string {
  const rows = exportedHotspots(hotspots).map((hotspot) => ({
    ...hotspotProperties(hotspot, baseUrl),
    longitude: hotspot.position[0],
    latitude: hotspot.position[1],
  }));
  const columns = rows[0] ? Object.keys(rows[0]) : [...Object.keys(hotspotProperties(EMPTY, '')), 'longitude', 'latitude'];
  return csvText(
    columns,
    rows.map((row) => columns.map((column) => row[column as keyof typeof row])),
    HOTSPOTS_CSV,
  );
}

/** Only for the header of an empty export. */
const EMPTY: PublicHotspot = {
  slug: '',
  kind: 'freifunk',
  name: '',
  operator: '',
  address: '',
  position: null,
  insideArea: true,
  online: false,
  clients: 0,
  lastSeenAt: null,
  firstSeenAt: null,
};
