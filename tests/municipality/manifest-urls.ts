import type { CurrentUser } from '../../src/kernel/auth';
import type { ModuleManifest } from '../../src/kernel/module';
import { OPENDATA_PATHS } from '../../src/modules/opendata';

/**
 * The URLs every module declares in its manifest, so the crawl starts from each of them and the
 * test fails when one was not reached: a new module is covered without editing the test.
 */
export interface DeclaredUrl {
  module: string;
  /** What declares it, for the failure message: `navigation`, `staffSections`, `openData`, … */
  hook: string;
  url: string;
}

/** A search word every demo pack has content for (a Leistung, a course, a dataset). */
const SEARCH_WORD = 'Kinder';

/** What a guest reaches: navigation, footer, event sources, search pages, account entry, open data with its exports and APIs. */
export function publicUrls(modules: readonly ModuleManifest[]): DeclaredUrl[] {
  return modules.flatMap((module) => {
    const urls: DeclaredUrl[] = [];
    const add = (hook: string, url: string) => urls.push({ module: module.id, hook, url });
    if (module.navigation) add('navigation', module.navigation.href);
    for (const link of module.footerLinks ?? []) add('footerLinks', link.href);
    if (module.events) add('events', module.events.href);
    if (module.search) add('search', module.search.moreHref(SEARCH_WORD));
    if (module.searchPage) add('searchPage', `${module.searchPage}?q=${SEARCH_WORD}`);
    if (module.accountPaths) for (const path of [module.accountPaths.login, module.accountPaths.register]) add('accountPaths', path);
    for (const dataset of module.openData ?? []) {
      add('openData', OPENDATA_PATHS.dataset(dataset.name));
      for (const format of ['csv', 'json']) add('openData', `${OPENDATA_PATHS.dataset(dataset.name)}/export.${format}`);
      if (dataset.geojson) add('openData.geojson', dataset.geojson.path);
      if (dataset.api) add('openData.api', dataset.api.path);
    }
    return urls;
  });
}

/** The staff workspace's sections `actor` may open (`staffSections` with their policies), and the account page. */
export function signedInUrls(modules: readonly ModuleManifest[], actor: CurrentUser): DeclaredUrl[] {
  return modules.flatMap((module) => [
    ...(module.accountPaths ? [{ module: module.id, hook: 'accountPaths', url: module.accountPaths.account }] : []),
    ...(module.staffSections ?? [])
      .filter((section) => section.allowed(actor))
      .map((section) => ({ module: module.id, hook: 'staffSections', url: section.href })),
  ]);
}
