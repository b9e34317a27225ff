import type { ModuleManifest } from './kernel/module';
import { accountsModule } from './modules/accounts';
import { adminModule } from './modules/admin';
import { applicationsModule } from './modules/applications';
import { formsModule } from './modules/forms';
import { searchModule } from './modules/search';
import { servicesModule } from './modules/services';
import { siteModule } from './modules/site';
import { workspaceModule } from './modules/workspace';
import { opendataModule } from './modules/opendata';
import { vhsModule } from './modules/vhs';
import { libraryModule } from './modules/library';
import { educationModule } from './modules/education';
import { wlanModule } from './modules/wlan';
import { councilModule } from './modules/council';
import { appointmentsModule } from './modules/appointments';
import { cockpitModule } from './modules/cockpit';
import { participationModule } from './modules/participation';
import { transparencyModule } from './modules/transparency';

export { kernelJobs } from './kernel/kernel-jobs';

/**
 * The module registry: order is navigation order for equal `order` values, and migration order.
 * A module that is not listed here does not exist for the portal (no routes, no menu entry).
 */
export const MODULES: ModuleManifest[] = [
  siteModule,
  accountsModule,
  servicesModule,
  formsModule,
  applicationsModule,
  adminModule,
  workspaceModule,
  searchModule,
  opendataModule,
  vhsModule,
  libraryModule,
  educationModule,
  wlanModule,
  councilModule,
  appointmentsModule,
  cockpitModule,
  transparencyModule,
  participationModule,
];
