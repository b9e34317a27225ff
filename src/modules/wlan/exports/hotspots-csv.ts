import type { PublicHotspot } from '../map/current-hotspots';
import { exportedHotspots, hotspotProperties, type ExportValue } from './hotspot-rows';

/**
 * A text that a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) gets a
 * leading apostrophe: node names come from the community's feed, written by anyone.
 */
function defused(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function cell(value: ExportValue): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = defused(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The hotspots as CSV (RFC 4180: comma, CRLF, UTF-8): the GeoJSON's properties plus longitude and latitude. */
export function hotspotsCsv(hotspots: readonly PublicHotspot[], baseUrl: string): string {
  const rows = exportedHotspots(hotspots).map((hotspot) => ({
    ...hotspotProperties(hotspot, baseUrl),
    longitude: hotspot.position[0],
    latitude: hotspot.position[1],
  }));
  const columns = rows[0] ? Object.keys(rows[0]) : [...Object.keys(hotspotProperties(EMPTY, '')), 'longitude', 'latitude'];
  return [columns.join(','), ...rows.map((row) => columns.map((column) => cell(row[column as keyof typeof row] ?? null)).join(','))].join('\r\n') + '\r\n';
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
