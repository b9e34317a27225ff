import { insideRing, type LonLat } from '../../../kernel/geo';
import type { RawNode } from './feed-formats';

/** A node as it becomes a hotspot row: checked, bounded, nothing personal. */
export interface FeedNode {
  nodeId: string;
  name: string;
  latitude: number;
  longitude: number;
  insideArea: boolean;
  online: boolean;
  clients: number;
  model: string | null;
  firstSeenAt: Date | null;
  lastSeenAt: Date | null;
}

export type NodeCheck = { ok: true; node: FeedNode } | { ok: false; nodeId: string; reason: string };

const MAX_TEXT = 200;
/** No access point serves more; a larger number is a counter gone wrong, not people. */
const MAX_CLIENTS = 10_000;

function shortText(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = String(value)
    .replace(/\p{Cc}/gu, ' ')
    .trim();
  return text === '' ? null : text.slice(0, MAX_TEXT);
}

function coordinate(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

/** ISO dates as the collectors write them; ffmap-backend's have no zone and mean UTC. */
function moment(value: unknown): Date | null {
  if (typeof value !== 'string' || value.length > 40) return null;
  const zoned = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value.trim()) ? `${value.trim()}Z` : value.trim();
  const date = new Date(zoned);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The outline's bounding box widened by about 20 km: a point beyond it is nowhere near the town. */
function farFrom(point: LonLat, ring: readonly LonLat[]): boolean {
  const lons = ring.map(([lon]) => lon);
  const lats = ring.map(([, lat]) => lat);
  const margin = 0.3;
  const [lon, lat] = point;
  return lon < Math.min(...lons) - margin || lon > Math.max(...lons) + margin || lat < Math.min(...lats) - margin || lat > Math.max(...lats) + margin;
}

/** Why a position cannot be a hotspot's, or undefined when it can. */
function positionProblem(latitude: number | undefined, longitude: number | undefined, boundary: readonly LonLat[] | undefined): string | undefined {
  if (latitude === undefined || longitude === undefined) return 'Der Knoten hat keine Position (Breiten- und Längengrad fehlen oder sind keine Zahlen).';
  if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
    return `Die Position ${latitude}/${longitude} liegt außerhalb der möglichen Werte (Breite −90 bis 90, Länge −180 bis 180).`;
  }
  if (latitude === 0 && longitude === 0) return 'Die Position 0/0 ist ein Platzhalter, kein Standort.';
  if (boundary && farFrom([longitude, latitude], boundary) && insideRing([latitude, longitude], boundary)) {
    return `Breiten- und Längengrad sind offenbar vertauscht (${latitude}/${longitude}).`;
  }
  return undefined;
}

/**
 * Checks one node of a feed. A node without an id, without a usable position, or with an absurd one
 * is skipped with a reason a person can pass on to the community; a node outside the municipality's
 * outline is kept and marked.
 */
export function checkNode(raw: RawNode, boundary: readonly LonLat[] | undefined): NodeCheck {
  const nodeId = shortText(raw.nodeId);
  if (!nodeId || nodeId.length > 100) {
    return { ok: false, nodeId: nodeId?.slice(0, 100) ?? '(ohne Kennung)', reason: 'Der Knoten hat keine gültige Kennung (node_id).' };
  }
  const latitude = coordinate(raw.latitude);
  const longitude = coordinate(raw.longitude);
  const problem = positionProblem(latitude, longitude, boundary);
  if (problem || latitude === undefined || longitude === undefined) return { ok: false, nodeId, reason: problem ?? '' };
  const clients = coordinate(raw.clients);
  return {
    ok: true,
    node: {
      nodeId,
      name: shortText(raw.hostname) ?? nodeId,
      latitude,
      longitude,
      insideArea: boundary ? insideRing([longitude, latitude], boundary) : true,
      online: raw.online === true,
      clients: clients === undefined ? 0 : Math.min(MAX_CLIENTS, Math.max(0, Math.round(clients))),
      model: shortText(raw.model),
      firstSeenAt: moment(raw.firstSeen),
      lastSeenAt: moment(raw.lastSeen),
    },
  };
}
