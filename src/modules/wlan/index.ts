import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../kernel/config';
import type { ModuleManifest } from '../../kernel/module';
import { AUDIT_ACTIONS } from './audit-actions';
import { broadbandOpenData } from './broadband/open-data';
import { seedWlanDemo } from './demo';
import { hotspotsOpenData } from './exports/open-data';
import { wlanFigures } from './figures';
import { gapJobs, gapSettings, gapStaffTasks } from './gaps';
import { freifunkSettings } from './hosting';
import { importJobs } from './import/jobs';
import { PATHS, STAFF_PATHS } from './paths';
import { MANAGE_PERMISSION, mayManageWlan } from './policies';
import { wlanRoutes } from './routes';
import { hotspotsPackSchema } from './demo/hotspots-pack';
import { gapPackSchema } from './gaps/demo';
import { broadbandPackSchema } from './broadband/demo';
import { hotspotLinkTargets } from './link-targets';

export { seedGeneratedHotspots } from './map/generated-hotspots';
// Import (import/): feeds by hand (`wlan:import`), and generated feeds for the benchmark.
export { importLocation as importFeedLocation } from './import/use-cases/import-location';
export { generatedNodes, meshviewerJson } from './import/generate-feed';

/**
 * Internet für alle: free WiFi and Freifunk. Hotspots (imported Freifunk nodes and the city's own),
 * the map and list at /wlan, coverage gaps reported by citizens, and the staff sections (README.md).
 */
export const wlanModule: ModuleManifest = {
  id: 'wlan',
  auditActions: AUDIT_ACTIONS,
  migrationsDir: resolve(PROJECT_ROOT, 'src/modules/wlan/migrations'),
  permissions: [{ id: MANAGE_PERMISSION, label: 'WLAN und Freifunk verwalten (Hotspots, Feeds, Meldungen)' }],
  // Coverage gaps: how long a closed report keeps the reporter's e-mail and photo; hosting: the town's Freifunk text.
  settings: [gapSettings, freifunkSettings],
  // The public entry /wlan with its pages, exports and statistics, the gap reports, the host page, the staff sections (routes.ts).
  navigation: {
    href: PATHS.public,
    label: 'WLAN',
    order: 50,
    description: 'Freies WLAN in der Stadt: Freifunk und Hotspots der Stadt auf Karte und Liste, auch in Ihrer Nähe.',
  },
  routes: wlanRoutes,
  staffSections: [
    { href: STAFF_PATHS.hotspots, label: 'Eigene Hotspots', group: 'WLAN und Freifunk', order: 90, allowed: mayManageWlan },
    { href: STAFF_PATHS.sources, label: 'Feed-Quellen', group: 'WLAN und Freifunk', order: 91, allowed: mayManageWlan },
    { href: STAFF_PATHS.runs, label: 'Import-Protokoll', group: 'WLAN und Freifunk', order: 92, allowed: mayManageWlan },
    { href: PATHS.staffGaps, label: 'WLAN-Lücken', group: 'WLAN und Freifunk', order: 93, allowed: mayManageWlan },
  ],
  staffTasks: async (actor, deps) => [
    // Coverage gaps: new reports to triage.
    ...(await gapStaffTasks(actor, deps)),
  ],
  jobs: (deps) => [
    // Every enabled feed source when its interval has passed (import/).
    ...importJobs(deps),
    // Coverage gaps: the contacts' deletion after the retention time.
    ...gapJobs(deps),
  ],
  openData: [hotspotsOpenData, broadbandOpenData],
  figures: wlanFigures,
  demoPack: [
    { part: 'wlan-hotspots', schema: hotspotsPackSchema },
    { part: 'wlan-gaps', schema: gapPackSchema },
    { part: 'wlan-broadband', schema: broadbandPackSchema },
  ],
  // Hotspots the cockpit's measures may name.
  linkTargets: [hotspotLinkTargets],
  seedDemo: seedWlanDemo,
  // Children before parents: days and runs hold hotspots and sources.
  demoTables: [
    'wlan_hotspot_days',
    'wlan_import_runs',
    'wlan_gap_reports',
    'wlan_gap_reference_counters',
    'wlan_hotspots',
    'wlan_feed_sources',
    'wlan_broadband_areas',
  ],
};
