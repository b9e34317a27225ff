import { distanceMetres, type LonLat } from '../../../kernel/geo';
import type { PublicHotspot } from './current-hotspots';
import type { WlanQuery } from './query';

/** One page of the list: "the nearest 20" when a place is given. */
export const PAGE_SIZE = 20;

export interface ListedHotspot extends PublicHotspot {
  /** Metres from the place asked for; absent without a place or without a position. */
  distance?: number;
}

export interface HotspotPage {
  /** Every hotspot the filters let through (for the map), in list order; only `page` carries distances. */
  matches: ListedHotspot[];
  /** The current page of `matches`. */
  page: ListedHotspot[];
  total: number;
  pageCount: number;
  /** The page shown: the one asked for, at most the last. */
  pageNumber: number;
}

function passes(hotspot: PublicHotspot, query: Pick<WlanQuery, 'status' | 'art' | 'bereich'>): boolean {
  if (query.status === 'online' && !hotspot.online) return false;
  if (query.status === 'offline' && hotspot.online) return false;
  if (query.art === 'freifunk' && hotspot.kind !== 'freifunk') return false;
  if (query.art === 'stadt' && hotspot.kind !== 'own') return false;
  return query.bereich === 'alle' || hotspot.insideArea;
}

/**
 * The filtered list, by name, or by distance from `from` (hotspots without a position last). One
 * pass over the hotspots in memory, with no spatial index to keep: the distances go into one typed
 * array and the order is sorted by index, so only the page shown gets objects of its own (5,000
 * hotspots take well under a millisecond, and a list by a visitor's position is never cached).
 */
export function listHotspots(hotspots: readonly PublicHotspot[], query: Pick<WlanQuery, 'status' | 'art' | 'bereich' | 'seite'>, from?: LonLat): HotspotPage {
  const filtered = hotspots.filter((hotspot) => passes(hotspot, query));
  const total = filtered.length;
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const pageNumber = Math.min(query.seite, pageCount);
  const pageOf = <T>(list: readonly T[]) => list.slice((pageNumber - 1) * PAGE_SIZE, pageNumber * PAGE_SIZE);
  if (!from) return { matches: filtered, page: pageOf(filtered), total, pageCount, pageNumber };
  const distances = new Float64Array(total);
  filtered.forEach((hotspot, index) => (distances[index] = hotspot.position ? distanceMetres(from, hotspot.position) : Infinity));
  const order = Array.from({ length: total }, (_, index) => index);
  order.sort((a, b) => distances[a]! - distances[b]! || filtered[a]!.name.localeCompare(filtered[b]!.name, 'de'));
  const matches = order.map((index) => filtered[index]!);
  const page = pageOf(order).map((index) => withDistance(filtered[index]!, distances[index]!));
  return { matches, page, total, pageCount, pageNumber };
}

function withDistance(hotspot: PublicHotspot, distance: number): ListedHotspot {
  return Number.isFinite(distance) ? { ...hotspot, distance } : hotspot;
}
