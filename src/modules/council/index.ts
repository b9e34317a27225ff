import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../kernel/config';
import type { ModuleManifest } from '../../kernel/module';
import { AUDIT_ACTIONS } from './audit-actions';
import { PAGE_PATHS } from './paths';
import { MANAGE_PERMISSION } from './policies';
import { councilRoutes } from './routes';

/**
 * Ratsinformation: the council's meetings, agendas, papers and Gremien. An OParl 1.1 importer from the
 * city's council information system, our own OParl 1.1 server at /oparl/v1, the pages at /rat with
 * calendar, search, map and feeds, e-mail alerts, and the staff sections (README.md).
 */
export const councilModule: ModuleManifest = {
  id: 'council',
  auditActions: AUDIT_ACTIONS,
  migrationsDir: resolve(PROJECT_ROOT, 'src/modules/council/migrations'),
  permissions: [{ id: MANAGE_PERMISSION, label: 'Ratsinformation verwalten (Import, Sitzungen und Vorlagen, Ratsmitglieder)' }],
  routes: councilRoutes,
  // Public pages at /rat (council-pages): the main navigation's entry "Politik".
  navigation: {
    href: PAGE_PATHS.home,
    label: 'Politik',
    order: 45,
    description: 'Rat und Ausschüsse: Sitzungen mit Tagesordnung, Vorlagen, Beschlüsse und wer in welchem Gremium sitzt.',
  },
};
