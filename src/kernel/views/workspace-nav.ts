import type { StaffSection } from '../module';
import type { Crumb } from './components/lists';

/** The staff workspace is a kernel concept: modules hang their sections below this path. */
export const WORKSPACE_PATH = '/verwaltung';

/** Its start page, "Meine Aufgaben": always the first entry of the side navigation. */
export const WORKSPACE_HOME = { href: WORKSPACE_PATH, label: 'Meine Aufgaben' } as const;

/** First breadcrumb of every workspace page. */
export const WORKSPACE_CRUMB: Crumb = { href: WORKSPACE_PATH, label: 'Verwaltung' };

export interface WorkspaceNavGroup {
  label: string;
  sections: StaffSection[];
}

/**
 * Groups the sections by `group`, each group sorted by `order`; a group's place is that of its
 * first (lowest-ordered) section, so a module decides where its area stands by its sections' order.
 */
export function groupSections(sections: readonly StaffSection[]): WorkspaceNavGroup[] {
  const sorted = [...sections].sort((a, b) => a.order - b.order);
  const groups = new Map<string, WorkspaceNavGroup>();
  for (const section of sorted) {
    const group = groups.get(section.group) ?? { label: section.group, sections: [] };
    group.sections.push(section);
    groups.set(section.group, group);
  }
  return [...groups.values()];
}

/**
 * Up to this many sections in all, every group of the side navigation starts open. Folding saves
 * a keyboard or screen-reader user the Tab through dozens of links (an admin has about 40), but a
 * counter clerk with a handful of sections would only pay an extra click per page: eight links
 * are quickly tabbed past and, with their headings, still fit a laptop screen's side navigation.
 */
export const ALL_GROUPS_OPEN_UP_TO = 8;

/**
 * Which groups start open: every one for a person with few sections, otherwise only the group
 * holding the current entry (none on "Meine Aufgaben").
 */
export function openGroups(groups: readonly WorkspaceNavGroup[], current: string | undefined): Set<WorkspaceNavGroup> {
  const sectionCount = groups.reduce((count, group) => count + group.sections.length, 0);
  if (sectionCount <= ALL_GROUPS_OPEN_UP_TO) return new Set(groups);
  return new Set(groups.filter((group) => group.sections.some((section) => section.href === current)));
}

/** Is `path` the page `href` or below it (whole path segments: /verwaltung/formular is not below /verwaltung/form)? */
function isWithin(path: string, href: string): boolean {
  return path === href || path.startsWith(href.endsWith('/') ? href : `${href}/`);
}

/** The entry to mark as current: the longest href that the path is at or below; undefined when none is. */
export function currentHref(path: string, hrefs: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const href of hrefs) {
    if (isWithin(path, href) && (best === undefined || href.length > best.length)) best = href;
  }
  return best;
}
