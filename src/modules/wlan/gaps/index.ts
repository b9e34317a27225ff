/** Coverage gaps (README.md, "Coverage gaps"): the public form and heat map, staff triage, the contacts' deletion. */
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../kernel/module';
import { registerGapMapRoutes, registerGapReportRoutes } from './routes';
import { registerGapStaffRoutes } from './staff-routes';

export { gapJobs } from './retention';
export { gapSettings } from './settings';
export { gapStaffTasks } from './use-cases/triage';
export { seedGapDemo } from './demo';

export function registerGapRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  registerGapReportRoutes(app, deps);
  registerGapMapRoutes(app, deps);
  registerGapStaffRoutes(app, deps);
}
