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
  /** Every hotspot the filters let through (for the map), in list order. */
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
 * pass over the hotspots in memory: for 5,000 of them well under a millisecond, so there is no
 * spatial index to keep.
 */
export function listHotspots(hotspots: readonly PublicHotspot[], query: Pick<WlanQuery, 'status' | 'art' | 'bereich' | 'seite'>, from?: LonLat): HotspotPage {
  let matches: ListedHotspot[] = hotspots.filter((hotspot) => passes(hotspot, query));
  if (from) {
    matches = matches.map((hotspot) => (hotspot.position ? { ...hotspot, distance: distanceMetres(from, hotspot.position) } : hotspot));
    matches.sort((a, b) => (a.distance ?? Infinity) - (b.distance ?? Infinity) || a.name.localeCompare(b.name, 'de'));
  }
  const total = matches.length;
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const pageNumber = Math.min(query.seite, pageCount);
  return { matches, page: matches.slice((pageNumber - 1) * PAGE_SIZE, pageNumber * PAGE_SIZE), total, pageCount, pageNumber };
}
