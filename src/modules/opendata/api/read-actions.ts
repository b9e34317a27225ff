import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { queryRows } from '../../../kernel/db';
import { errors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { ckanAction, type CkanActions } from '../ckan/action-route';
import {
  currentPackageListSchema,
  groupListSchema,
  groupShowSchema,
  packageListSchema,
  packageShowSchema,
  resourceShowSchema,
  tagListSchema,
} from '../ckan/params';
import { packageSearchSchema } from '../ckan/search-params';
import { licenseListAction, statusShowAction } from '../ckan/static-actions';
import { ANONYMOUS, mayReadDataset, type PublisherAccess } from '../policies';
import { searchDatasets } from '../repository/search';
import { organizations, datasets } from '../tables';
import { THEMES } from '../vocabularies/themes';
import { ckanLicenses } from './licenses';
import { groupDict, organizationDict, resourceDict } from './package-dict';
import type { UsageCounter } from '../usage/counter';
import { ckanPackageSearch } from './package-search';
import { datasetIdOf, organizationByIdOrName, packagesByIds, resourceWithDataset } from './packages';

/** Who calls: the person of an API token, with their capacities and the token's scope. */
export interface CkanPerson {
  access: PublisherAccess;
  scope: 'read' | 'write';
}

const accessOf = (person: CkanPerson | null) => person?.access ?? ANONYMOUS;
const published = and(eq(datasets.state, 'active'), eq(datasets.private, false));

/** Published public datasets per organisation and per group (theme): the counts of the list actions. */
async function packageCounts(deps: Pick<ModuleDeps, 'db'>) {
  const result = await searchDatasets(deps.db, {
    words: [],
    facetKeys: [],
    access: ANONYMOUS,
    includePrivate: false,
    includeDrafts: false,
    sort: [],
    rows: 0,
    start: 0,
    facetFields: ['organization', 'groups'],
  });
  const counts = (field: string) => new Map((result.facets[field] ?? []).map((facet) => [facet.name, facet.count]));
  return { organization: counts('organization'), groups: counts('groups') };
}

function sorted<T extends { name: string; title: string; package_count?: number }>(
  list: T[],
  sort: { field: 'name' | 'title' | 'package_count'; direction: 'asc' | 'desc' },
): T[] {
  const value = (item: T) => (sort.field === 'package_count' ? (item.package_count ?? 0) : item[sort.field]);
  return [...list].sort((a, b) => {
    const order = value(a) < value(b) ? -1 : value(a) > value(b) ? 1 : 0;
    return sort.direction === 'asc' ? order : -order;
  });
}

/** CKAN's read actions on the catalogue, for anyone (and private datasets for members, by token). */
export function readActions(deps: Pick<ModuleDeps, 'db' | 'config'>, usage: UsageCounter): CkanActions<CkanPerson> {
  const { db, config } = deps;
  const baseUrl = config.baseUrl;
  return {
    status_show: statusShowAction({
      title: `Offene Daten: ${config.municipality.officialName}`,
      description: `Das Transparenzportal der ${config.municipality.officialName}`,
      url: baseUrl,
      extensions: ['datastore', 'dcat', 'dcatde'],
    }),
    license_list: licenseListAction(ckanLicenses()),
    package_search: ckanAction(true, packageSearchSchema, (params, { person }) => ckanPackageSearch(db, baseUrl, accessOf(person), params)),
    package_show: ckanAction(true, packageShowSchema, async ({ id }, { person, request }) => {
      const datasetId = await datasetIdOf(db, id);
      const [dict] = datasetId ? await packagesByIds(db, baseUrl, [datasetId]) : [];
      const facts = dict && { organizationId: dict.owner_org, state: dict.state, private: dict.private };
      if (!dict || !facts || facts.state === 'deleted' || !mayReadDataset(accessOf(person), facts)) throw errors.notFound('Not found');
      usage.count('apiCalls', dict.name, request);
      return dict;
    }),
    package_list: ckanAction(true, packageListSchema, async ({ limit, offset }) => {
      const rows = await db
        .select({ name: datasets.name })
        .from(datasets)
        .where(published)
        .orderBy(asc(datasets.name))
        .limit(limit ?? 1_000_000)
        .offset(offset ?? 0);
      return rows.map((row) => row.name);
    }),
    current_package_list_with_resources: ckanAction(true, currentPackageListSchema, async ({ limit, offset }) => {
      const rows = await db
        .select({ id: datasets.id })
        .from(datasets)
        .where(published)
        .orderBy(desc(datasets.metadataModified), asc(datasets.id))
        .limit(Math.min(limit ?? 100, 1000))
        .offset(offset);
      return packagesByIds(
        db,
        baseUrl,
        rows.map((row) => row.id),
      );
    }),
    organization_list: ckanAction(true, groupListSchema, async (params) => {
      const [rows, counts] = await Promise.all([db.select().from(organizations), packageCounts(deps)]);
      const list = rows
        .filter(
          (row) =>
            (!params.names || params.names.includes(row.name)) && (!params.q || `${row.name} ${row.title}`.toLowerCase().includes(params.q.toLowerCase())),
        )
        .map((row) => organizationDict(row, counts.organization.get(row.name) ?? 0));
      const page = sorted(list, params.sort).slice(params.offset ?? 0, (params.offset ?? 0) + params.limit);
      return params.all_fields ? page : page.map((organization) => organization.name);
    }),
    organization_show: ckanAction(true, groupShowSchema, async ({ id }) => {
      const row = await organizationByIdOrName(db, id);
      if (!row) throw errors.notFound('Not found');
      return organizationDict(row, (await packageCounts(deps)).organization.get(row.name) ?? 0);
    }),
    group_list: ckanAction(true, groupListSchema, async (params) => {
      const counts = await packageCounts(deps);
      const list = THEMES.map((theme) => groupDict(theme.groupName, counts.groups.get(theme.groupName) ?? 0)).filter(
        (group) =>
          (!params.names || params.names.includes(group.name)) && (!params.q || `${group.name} ${group.title}`.toLowerCase().includes(params.q.toLowerCase())),
      );
      const page = sorted(list, params.sort).slice(params.offset ?? 0, (params.offset ?? 0) + params.limit);
      return params.all_fields ? page : page.map((group) => group.name);
    }),
    group_show: ckanAction(true, groupShowSchema, async ({ id }) => {
      const theme = THEMES.find((candidate) => candidate.groupName === id.toLowerCase());
      if (!theme) throw errors.notFound('Not found');
      return groupDict(theme.groupName, (await packageCounts(deps)).groups.get(theme.groupName) ?? 0);
    }),
    tag_list: ckanAction(true, tagListSchema, async ({ query, all_fields }) => {
      const rows = await queryRows<{ tag: string }>(
        db,
        sql`select distinct tag from ${datasets}, unnest(${datasets.tags}) tag where ${published} ${query ? sql`and lower(tag) like ${`%${query.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%`}` : sql``} order by tag limit 1000`,
      );
      return all_fields ? rows.map((row) => ({ id: row.tag, name: row.tag, display_name: row.tag, vocabulary_id: null })) : rows.map((row) => row.tag);
    }),
    resource_show: ckanAction(true, resourceShowSchema, async ({ id }, { person, request }) => {
      const row = await resourceWithDataset(db, id);
      if (!row || row.dataset.state === 'deleted' || !mayReadDataset(accessOf(person), row.dataset)) throw errors.notFound('Not found');
      usage.count('apiCalls', row.dataset.name, request);
      return resourceDict(baseUrl, row.dataset, row.resource);
    }),
  };
}
