import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../kernel/config';
import type { ModuleManifest } from '../../kernel/module';
import { AUDIT_ACTIONS } from './audit-actions';
import { participationPackSchema, seedParticipationDemo } from './demo/index';
import { ideasOpenData } from './open-data';
import { PATHS, STAFF_PATHS } from './paths';
import { participationOverview, participationPersonalData } from './personal-data';
import { MODERATE_PERMISSION, mayModerate } from './policies';
import { queueSize } from './repository/queue';
import { participationRoutes } from './routes';
import { participationSearchProvider } from './search-provider';
import { participationSettings } from './settings';

/**
 * Mitmachen: citizens' ideas for the digital city with support and comments, moderated, linked to the
 * cockpit's measures (README.md). In the spirit of Decidim and CONSUL, small.
 */
export const participationModule: ModuleManifest = {
  id: 'participation',
  navigation: {
    href: PATHS.public,
    label: 'Mitmachen',
    order: 60,
    description: 'Vorschläge für die digitale Stadt einreichen, unterstützen und kommentieren.',
  },
  auditActions: AUDIT_ACTIONS,
  migrationsDir: resolve(PROJECT_ROOT, 'src/modules/participation/migrations'),
  settings: [participationSettings],
  permissions: [{ id: MODERATE_PERMISSION, label: 'Vorschläge und Kommentare moderieren, beantworten und Maßnahmen zuordnen (Mitmachen)' }],
  staffSections: [{ href: STAFF_PATHS.queue, label: 'Ideen moderieren', group: 'Digitalisierung', order: 95, allowed: mayModerate }],
  staffTasks: async (actor, deps) => {
    if (!mayModerate(actor)) return [];
    const count = await queueSize(deps.db);
    return count === 0 ? [] : [{ label: 'Vorschläge und Kommentare prüfen', count, href: STAFF_PATHS.queue }];
  },
  personalData: participationPersonalData,
  accountOverview: participationOverview,
  search: participationSearchProvider,
  openData: [ideasOpenData],
  routes: participationRoutes,
  demoPack: [{ part: 'participation', schema: participationPackSchema }],
  seedDemo: seedParticipationDemo,
  // Children before parents.
  demoTables: ['participation_reports', 'participation_supports', 'participation_comments', 'participation_ideas'],
};
