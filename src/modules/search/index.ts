import type { ModuleManifest } from '../../kernel/module';
import { SEARCH_PATHS } from './paths';
import { searchRoutes } from './routes';

/**
 * Portal-wide search `/suche`: asks every module's `search` provider at once and shows the hits
 * grouped by area. It owns no tables; the modules search their own content with their own indexes.
 */
export const searchModule: ModuleManifest = {
  id: 'search',
  searchPage: SEARCH_PATHS.search,
  routes: searchRoutes,
};
