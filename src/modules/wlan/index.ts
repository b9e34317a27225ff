import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../kernel/config';
import type { ModuleManifest } from '../../kernel/module';
import { AUDIT_ACTIONS } from './audit-actions';
import { seedWlanDemo } from './demo';
import { importJobs } from './import/jobs';
import { STAFF_PATHS } from './paths';
import { MANAGE_PERMISSION, mayManageWlan } from './policies';
import { registerStaffRoutes } from './staff/routes';
import { registerStatisticsRoutes } from './statistics/routes';

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
  routes: (app, deps) => {
    // Import and staff sections (import/, staff/): own hotspots, feed sources, import log; the public statistics (statistics/).
    registerStaffRoutes(app, deps);
    registerStatisticsRoutes(app, deps);
  },
  staffSections: [
    // Import and staff sections (import/, staff/).
    { href: STAFF_PATHS.hotspots, label: 'Eigene Hotspots', group: 'WLAN und Freifunk', order: 700, allowed: mayManageWlan },
    { href: STAFF_PATHS.sources, label: 'Feed-Quellen', group: 'WLAN und Freifunk', order: 701, allowed: mayManageWlan },
    { href: STAFF_PATHS.runs, label: 'Import-Protokoll', group: 'WLAN und Freifunk', order: 702, allowed: mayManageWlan },
  ],
  // Import (import/): every enabled feed source when its interval has passed.
  jobs: (deps) => [...importJobs(deps)],
  seedDemo: (deps) => seedWlanDemo(deps),
  // Children before parents: days and runs hold hotspots and sources.
  demoTables: ['wlan_hotspot_days', 'wlan_import_runs', 'wlan_gap_reports', 'wlan_hotspots', 'wlan_feed_sources'],
};
