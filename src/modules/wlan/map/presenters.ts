import type { HotspotKind } from '../tables';

/** The type filter's and the list's words for the two kinds of hotspot. */
export const KIND_LABELS: Record<HotspotKind, string> = {
  freifunk: 'Freifunk',
  own: 'Stadt und Gesellschaften',
};

const count = new Intl.NumberFormat('de-DE');

export const clientsText = (clients: number) => (clients === 1 ? '1 Gerät verbunden' : `${count.format(clients)} Geräte verbunden`);

export const hotspotCount = (hotspots: number) => (hotspots === 1 ? '1 Hotspot' : `${count.format(hotspots)} Hotspots`);
