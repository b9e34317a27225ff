import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../kernel/config';
import type { ModuleManifest } from '../../kernel/module';
import { AUDIT_ACTIONS } from './audit-actions';
import { MANAGE_PERMISSION } from './policies';
// wlan-map
import { broadbandOpenData } from './broadband/open-data';
import { seedWlanDemo } from './demo/index';
import { hotspotsOpenData } from './exports/open-data';
import { PATHS } from './paths';
import { wlanRoutes } from './routes';

export { seedGeneratedHotspots } from './map/generated-hotspots';

/**
 * Internet für alle: free WiFi and Freifunk. Hotspots (imported Freifunk nodes and the city's own),
 * the map and list at /wlan, coverage gaps reported by citizens, and the staff sections (README.md).
 */
export const wlanModule: ModuleManifest = {
  id: 'wlan',
  auditActions: AUDIT_ACTIONS,
  migrationsDir: resolve(PROJECT_ROOT, 'src/modules/wlan/migrations'),
  permissions: [{ id: MANAGE_PERMISSION, label: 'WLAN und Freifunk verwalten (Hotspots, Feeds, Meldungen)' }],
  // Children before parents: days and runs hold hotspots and sources.
  demoTables: ['wlan_hotspot_days', 'wlan_import_runs', 'wlan_gap_reports', 'wlan_hotspots', 'wlan_feed_sources', 'wlan_broadband_areas'],
  // wlan-map: the public entry /wlan, its pages and exports, the open datasets, the broadband demo
  navigation: {
    href: PATHS.public,
    label: 'WLAN',
    order: 50,
    description: 'Freies WLAN in der Stadt: Freifunk und Hotspots der Stadt auf Karte und Liste, auch in Ihrer Nähe.',
  },
  routes: wlanRoutes,
  openData: [hotspotsOpenData, broadbandOpenData],
  seedDemo: seedWlanDemo,
};
