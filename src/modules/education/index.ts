import type { ModuleManifest } from '../../kernel/module';
import { PATHS } from './paths';
import { educationRoutes } from './routes';

/**
 * Bildung: the hub `/bildung` over the learning offers (Volkshochschule, Stadtbücherei) and one
 * calendar of their events, `/bildung/kalender`. It owns no tables: it asks every module's `events`
 * source (ADR 18), as the portal search asks every module's search provider.
 */
export const educationModule: ModuleManifest = {
  id: 'education',
  navigation: {
    href: PATHS.home,
    label: 'Bildung',
    order: 40,
    description: 'Kurse und Webinare der Volkshochschule, die Stadtbücherei und alle Termine im Kalender.',
  },
  routes: educationRoutes,
};

/** Links into the calendar with its filters, e.g. `calendarHref({ angebot: 'Stadtbücherei' })`. */
export { calendarHref } from './presenters';
