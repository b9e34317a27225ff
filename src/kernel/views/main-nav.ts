import type { Crumb } from './components/lists';
import { itemsUnder, type NavItem } from './context';

/** Whether `path` is the page at `href` or below it, by whole path segments. */
function isAt(path: string, href: string): boolean {
  return path === href || path.startsWith(`${href}/`);
}

/**
 * Whether the header marks its entry `item` current on the page at `path`: the page is at or below
 * the entry, or at or below an entry placed under it (the hub "Transparenz" on the pages of "Offene Daten").
 */
export function marksCurrent(navigation: readonly NavItem[], item: NavItem, path: string): boolean {
  return isAt(path, item.href) || itemsUnder(navigation, item.href).some((below) => isAt(path, below.href));
}

/**
 * The breadcrumb trail with the header entry the page belongs to after the start page, when the page
 * lies below that entry and the trail does not name it: so "Offene Daten" is reached through
 * "Transparenz" and the Volkshochschule through "Bildung", as the header shows. A trail that does not
 * begin at the start page is left as it is.
 */
export function trailThroughHeader(crumbs: readonly Crumb[], navigation: readonly NavItem[], path: string): readonly Crumb[] {
  const entry = navigation.find((item) => !item.under && marksCurrent(navigation, item, path));
  const [home, ...rest] = crumbs;
  if (!entry || !home || home.href !== '/' || path === entry.href || crumbs.some((crumb) => crumb.href === entry.href)) return crumbs;
  return [home, { href: entry.href, label: entry.label }, ...rest];
}
