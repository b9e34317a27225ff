import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../kernel/config';
import type { ModuleManifest } from '../../kernel/module';
import { AUDIT_ACTIONS } from './audit-actions';
import { seedWlanDemo } from './demo';
import { gapJobs, gapSettings, gapStaffTasks, registerGapRoutes } from './gaps';
import { freifunkSettings, registerHostingRoutes } from './hosting';
import { PATHS } from './paths';
import { MANAGE_PERMISSION, mayManageWlan } from './policies';

/**
 * Internet für alle: free WiFi and Freifunk. Hotspots (imported Freifunk nodes and the city's own),
 * the map and list at /wlan, coverage gaps reported by citizens, and the staff sections (README.md).
 */
export const wlanModule: ModuleManifest = {
  id: 'wlan',
  auditActions: AUDIT_ACTIONS,
  migrationsDir: resolve(PROJECT_ROOT, 'src/modules/wlan/migrations'),
  permissions: [{ id: MANAGE_PERMISSION, label: 'WLAN und Freifunk verwalten (Hotspots, Feeds, Meldungen)' }],
  // Coverage gaps (wlan-gaps): how long a closed report keeps the reporter's e-mail and photo; the town's Freifunk text (hosting/).
  settings: [gapSettings, freifunkSettings],
  routes: (app, deps) => {
    // Coverage gaps and hosting Freifunk (wlan-gaps).
    registerGapRoutes(app, deps);
    registerHostingRoutes(app, deps);
  },
  staffSections: [
    // Coverage gaps (wlan-gaps).
    { href: PATHS.staffGaps, label: 'WLAN-Lücken', group: 'WLAN und Freifunk', order: 93, allowed: mayManageWlan },
  ],
  staffTasks: async (actor, deps) => [
    // Coverage gaps (wlan-gaps).
    ...(await gapStaffTasks(actor, deps)),
  ],
  jobs: (deps) => [
    // Coverage gaps (wlan-gaps): the contacts' deletion after the retention time.
    ...gapJobs(deps),
  ],
  seedDemo: seedWlanDemo,
  // Children before parents: days and runs hold hotspots and sources.
  demoTables: ['wlan_hotspot_days', 'wlan_import_runs', 'wlan_gap_reports', 'wlan_gap_reference_counters', 'wlan_hotspots', 'wlan_feed_sources'],
};
