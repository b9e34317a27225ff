import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../kernel/config';
import type { ModuleManifest } from '../../kernel/module';
import { seedServicesDemo } from './demo/index';
import { servicesFigures } from './figures';
import { servicesOpenData } from './open-data';
import { SERVICE_PATHS } from './paths';
import { servicesRoutes } from './routes';
import { servicesSearchProvider } from './search-provider';
import { statePortalSettings } from './settings';
import { servicesPackSchema } from './demo/pack';
import { serviceLinkTargets } from './link-targets';

export { type PaymentPolicy } from './payment-policies';
export { findServiceForApplication, listServicesForApplication, type ServiceForApplication } from './repository';
export { SERVICE_PATHS } from './paths';

/** Leistungskatalog: "Leistungen A–Z" with German full-text search and one page per Leistung. */
export const servicesModule: ModuleManifest = {
  id: 'services',
  migrationsDir: resolve(PROJECT_ROOT, 'src/modules/services/migrations'),
  settings: [statePortalSettings],
  navigation: {
    href: SERVICE_PATHS.list,
    label: 'Leistungen A–Z',
    order: 10,
    description: 'Alle Anliegen der Stadtverwaltung: was Sie brauchen, was es kostet und was Sie online beantragen können.',
  },
  routes: servicesRoutes,
  search: servicesSearchProvider,
  // Leistungen the cockpit's measures may name.
  linkTargets: [serviceLinkTargets],
  openData: [servicesOpenData],
  figures: servicesFigures,
  demoPack: [{ part: 'services', schema: servicesPackSchema }],
  seedDemo: seedServicesDemo,
  demoTables: ['services'],
};
