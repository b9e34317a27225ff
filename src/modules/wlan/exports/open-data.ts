import type { OpenDatasetDeclaration } from '../../../kernel/module';
import { currentHotspots } from '../map/current-hotspots';
import { PATHS } from '../paths';
import { exportedHotspots, hotspotProperties } from './hotspot-rows';
import { hotspotsGeoJson } from './hotspots-geojson';

/** "WLAN-Hotspots" in the Transparenzportal: the rows of /wlan/hotspots.csv, and the GeoJSON of /wlan/hotspots.geojson. */
export const hotspotsOpenData: OpenDatasetDeclaration = {
  name: 'wlan-hotspots',
  title: 'WLAN-Hotspots (Freifunk und städtische Hotspots)',
  description:
    'Alle freien WLAN-Hotspots mit Lage: die Freifunk-Knoten der Gemeinschaft und die Hotspots der Stadt und ihrer Gesellschaften, mit Betreiber, Adresse, Zustand (online), Zahl der verbundenen Geräte, zuerst und zuletzt gesehen und der Angabe, ob der Hotspot im Stadtgebiet liegt (inside_area). Keine Daten über die Betreiber der Freifunk-Knoten.',
  madeFrom: 'den WLAN-Hotspots von „Internet für alle“',
  theme: 'TECH',
  keywords: ['WLAN', 'Freifunk', 'Hotspot', 'Internet', 'Digitalisierung'],
  rows: async ({ db, config }) =>
    exportedHotspots(await currentHotspots(db, '')).map((hotspot) => ({
      ...hotspotProperties(hotspot, config.baseUrl),
      longitude: hotspot.position[0],
      latitude: hotspot.position[1],
    })),
  geojson: { path: PATHS.hotspotsGeoJson, body: async ({ db, config }) => hotspotsGeoJson(await currentHotspots(db, ''), config.baseUrl) },
};
