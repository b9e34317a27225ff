import { FREQUENCIES } from './vocabularies/frequencies';
import { licenseById } from './vocabularies/licenses';
import { THEMES } from './vocabularies/themes';
import { OPENDATA_PATHS } from './paths';
import { FILTER_FACETS, type CatalogueQuery, type FilterParam } from './schemas/catalogue-query';

/** A search URL with the given query; empty values are left out, filters in a fixed order. */
export function searchHref(query: Partial<CatalogueQuery>): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const param of Object.keys(FILTER_FACETS) as FilterParam[]) {
    for (const value of query[param] ?? []) params.append(param, value);
  }
  if (query.sortierung) params.set('sortierung', query.sortierung);
  if (query.seite && query.seite > 1) params.set('seite', String(query.seite));
  const search = params.toString();
  return search ? `${OPENDATA_PATHS.search}?${search}` : OPENDATA_PATHS.search;
}

/** The query with one filter value added or removed, back on page 1. */
export function toggledFilter(query: CatalogueQuery, param: FilterParam, value: string): string {
  const values = query[param];
  const next = values.includes(value) ? values.filter((held) => held !== value) : [...values, value];
  return searchHref({ ...query, [param]: next, seite: 1 });
}

const THEME_LABELS = new Map(THEMES.map((theme) => [theme.groupName, theme.label]));
const FREQUENCY_LABELS = new Map(FREQUENCIES.map((frequency) => [frequency.code as string, frequency.label]));

export function themeLabel(groupName: string): string {
  return THEME_LABELS.get(groupName.toLowerCase()) ?? groupName;
}

export function frequencyLabel(code: string | null): string | null {
  return code ? (FREQUENCY_LABELS.get(code) ?? code) : null;
}

export function licenseTitle(id: string): string {
  return licenseById(id)?.title ?? id;
}

/** How a filter value reads in the facet panel and on its chip. */
export function filterLabel(param: FilterParam, value: string, organizationTitles: ReadonlyMap<string, string>): string {
  switch (param) {
    case 'organisation':
      return organizationTitles.get(value) ?? value;
    case 'kategorie':
      return themeLabel(value);
    case 'lizenz':
      return licenseTitle(value);
    default:
      return value;
  }
}
