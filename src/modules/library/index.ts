import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../kernel/config';
import type { ModuleManifest } from '../../kernel/module';
import { AUDIT_ACTIONS } from './audit-actions';
import { seedLibraryCatalogueDemo } from './demo/index';
import { libraryOpenData } from './open-data';
import { LIBRARY_PATHS } from './paths';
import { LEND_PERMISSION } from './policies';
import { libraryRoutes } from './routes';
import { librarySearchProvider } from './search-provider';
import { librarySettings } from './settings';

export { importCatalogue } from './use-cases/import-catalogue';
export { browseCatalogue } from './use-cases/browse-catalogue';
export { catalogueQuery } from './schemas';
export { catalogueFile, generatedCatalogueOptions } from './demo/index';

/**
 * Stadtbücherei: the catalogue at /bildung/buecherei (MARC 21 import, search, DAIA, SRU), the
 * reader account and the lending desk in /verwaltung (README.md).
 */
export const libraryModule: ModuleManifest = {
  id: 'library',
  migrationsDir: resolve(PROJECT_ROOT, 'src/modules/library/migrations'),
  navigation: {
    href: LIBRARY_PATHS.catalogue,
    label: 'Stadtbücherei',
    order: 40,
    description: 'Bücher, E-Books, Hörbücher, Filme und Spiele im Katalog finden und sehen, in welcher Bücherei sie stehen.',
  },
  permissions: [{ id: LEND_PERMISSION, label: 'Bücherei: Katalog pflegen, ausleihen, Gebühren' }],
  auditActions: AUDIT_ACTIONS,
  routes: libraryRoutes,
  search: librarySearchProvider,
  openData: [libraryOpenData],
  settings: [librarySettings],
  seedDemo: seedLibraryCatalogueDemo,
  demoTables: ['library_items', 'library_records'],
};
