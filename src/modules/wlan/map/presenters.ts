import type { HotspotKind } from '../tables';

/** The type filter's and the list's words for the two kinds of hotspot. */
export const KIND_LABELS: Record<HotspotKind, string> = {
  freifunk: 'Freifunk',
  own: 'Stadt und Gesellschaften',
};

export const clientsText = (clients: number) => (clients === 1 ? '1 Gerät verbunden' : `${clients.toLocaleString('de-DE')} Geräte verbunden`);

export const hotspotCount = (count: number) => (count === 1 ? '1 Hotspot' : `${count.toLocaleString('de-DE')} Hotspots`);
