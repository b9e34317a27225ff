import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../kernel/module';
import { exportRoutes } from './exports/routes';
import { registerGapRoutes } from './gaps';
import { registerHostingRoutes } from './hosting';
import { mapRoutes } from './map/routes';
import { registerStaffRoutes } from './staff/routes';
import { registerStatisticsRoutes } from './statistics/routes';

/** The module's routes, one line per part. */
export function wlanRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  // /wlan, the hotspot pages, the exports
  mapRoutes(app, deps);
  exportRoutes(app, deps);
  // The coverage statistics; own hotspots, feed sources and import log (staff)
  registerStatisticsRoutes(app, deps);
  registerStaffRoutes(app, deps);
  // Coverage gaps and hosting Freifunk
  registerGapRoutes(app, deps);
  registerHostingRoutes(app, deps);
}
