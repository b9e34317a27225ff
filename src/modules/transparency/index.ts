import type { ModuleManifest } from '../../kernel/module';
import { PATHS } from './paths';
import { transparencyRoutes } from './routes';

/**
 * Transparenz: the hub `/transparenz` over what the town makes public (open data, council
 * information, the digitalisation cockpit). It owns no tables and knows none of them: a module joins
 * it by placing its navigation entry `under: TRANSPARENCY_PATHS.home`, and the header then shows
 * the hub instead of that entry.
 */
export const transparencyModule: ModuleManifest = {
  id: 'transparency',
  navigation: {
    href: PATHS.home,
    label: 'Transparenz',
    order: 30,
    description: 'Offene Daten der Stadt, Sitzungen und Beschlüsse des Rates und wie die Stadt digital wird.',
  },
  routes: transparencyRoutes,
};

/** The hub's URL, for the modules that place their navigation entry under it. */
export { PATHS as TRANSPARENCY_PATHS } from './paths';
