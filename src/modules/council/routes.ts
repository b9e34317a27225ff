import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../kernel/module';
import { registerImportStaffRoutes } from './import-staff/routes';

/** The module's routes, one line per part. */
export function councilRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  void app;
  void deps;
  // Import (council-import): the import sources and reports in /verwaltung.
  registerImportStaffRoutes(app, deps);
}
