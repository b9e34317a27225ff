import { resolve } from 'node:path';
import type { ModuleManifest } from '../../kernel/module';
import { seedSiteDemo } from './demo';
import { siteRoutes } from './routes';

/** Start page and the pages every public-sector site must have (Impressum, Datenschutz, Barrierefreiheit, ...). */
export const siteModule: ModuleManifest = {
  id: 'site',
  migrationsDir: resolve(import.meta.dirname, 'migrations'),
  routes: siteRoutes,
  seedDemo: seedSiteDemo,
  demoTables: ['site_news'],
};
