import { z } from 'zod';
import { boolean, ckanField, ckanParams, given, Invalid, listOfStrings, natural, optional, positive, required, string } from './validators';

/**
 * The parameters of CKAN's read actions other than package_search (search-params.ts), as CKAN 2.10
 * reads them (ckan/logic/action/get.py, ckan/logic/schema.py, ckanext/datastore/logic/schema.py).
 * Keys an action does not know are dropped, as CKAN ignores them; `callback` (JSONP) is one of them.
 */

const text = (value: unknown) => string(value);
const requiredText = (value: unknown) => string(required(value));
const flag = (fallback: boolean) => ckanField(optional(boolean, fallback));
const count = ckanField(optional<number | undefined>(natural, undefined));

/** An object of ckanFields whose validators run for absent keys too (defaults, "Missing value"). */
function ckanObject<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  return ckanParams(Object.keys(shape), z.object(shape));
}

/** default_pagination_schema: package_list. */
export const packageListSchema = ckanObject({ limit: count, offset: count });

/** default_package_list_schema: `page` (deprecated) counts from 1 and applies only without `offset`. */
export const currentPackageListSchema = ckanObject({
  limit: count,
  offset: count,
  page: ckanField(optional<number | undefined>(positive, undefined)),
}).transform(({ limit, offset, page }) => ({
  limit,
  offset: offset ?? (page !== undefined && limit !== undefined ? (page - 1) * limit : 0),
}));

/** package_show asks for `id`, or else `name_or_id`, and names the latter when both are missing. */
export const packageShowSchema = ckanObject({
  id: ckanField(optional<string | undefined>(text, undefined)),
  name_or_id: z.unknown(),
  include_tracking: flag(false),
}).transform((params, ctx) => {
  if (params.id !== undefined) return { id: params.id, includeTracking: params.include_tracking };
  if (!given(params.name_or_id)) {
    ctx.addIssue({ code: 'custom', message: 'Missing value', path: ['name_or_id'] });
    return z.NEVER;
  }
  return { id: String(params.name_or_id), includeTracking: params.include_tracking };
});

export const resourceShowSchema = ckanObject({ id: ckanField(requiredText), include_tracking: flag(false) });

const GROUP_SORT_FIELDS = ['name', 'title', 'packages', 'package_count'];

type GroupSort = { field: 'name' | 'title' | 'package_count'; direction: 'asc' | 'desc' };

/** group_list/organization_list sort (`_unpick_search`): a field and asc (default) or desc; `packages` alone: most first. */
function groupSort(value: unknown): GroupSort {
  const text = string(value).trim();
  const [field = '', direction = 'asc', ...rest] = (text === 'packages' || text === 'package_count' ? 'package_count desc' : text).split(/\s+/);
  if (!GROUP_SORT_FIELDS.includes(field) || (direction !== 'asc' && direction !== 'desc') || rest.length > 0) {
    throw new Invalid(`Cannot sort by field \`${field}\``);
  }
  return { field: field === 'packages' ? 'package_count' : (field as GroupSort['field']), direction };
}

/** Most groups listed at once: 25 with all fields, 1000 names (ckan.group_and_organization_list_*max). */
const LIST_MAX = { names: 1000, allFields: 25 };

/** group_list and organization_list (`_group_or_org_list`). */
export const groupListSchema = ckanObject({
  sort: ckanField(optional<GroupSort>(groupSort, { field: 'title', direction: 'asc' })),
  order_by: ckanField(optional<GroupSort | undefined>(groupSort, undefined)),
  limit: count,
  offset: count,
  q: ckanField(optional((value) => string(value).trim(), '')),
  all_fields: flag(false),
  /** Only these names: `groups` for group_list, `organizations` for organization_list. */
  groups: ckanField(optional<string[] | undefined>(listOfStrings, undefined)),
  organizations: ckanField(optional<string[] | undefined>(listOfStrings, undefined)),
  include_dataset_count: flag(true),
  include_extras: flag(false),
  include_tags: flag(false),
  include_groups: flag(false),
  include_users: flag(false),
}).transform(({ order_by, groups, organizations, limit, ...params }) => {
  const max = params.all_fields ? LIST_MAX.allFields : LIST_MAX.names;
  return { ...params, sort: order_by ?? params.sort, names: groups ?? organizations, limit: Math.min(limit || max, max) };
});

/** group_show and organization_show. */
export const groupShowSchema = ckanObject({
  id: ckanField(requiredText),
  include_datasets: flag(false),
  include_dataset_count: flag(true),
  include_extras: flag(true),
  include_users: flag(false),
  include_groups: flag(true),
  include_tags: flag(true),
  include_followers: flag(true),
});

export const tagListSchema = ckanObject({
  query: ckanField(optional((value) => string(value).trim(), '')),
  q: ckanField(optional((value) => string(value).trim(), '')),
  vocabulary_id: ckanField(optional<string | undefined>(text, undefined)),
  all_fields: flag(false),
}).transform(({ query, q, ...params }) => ({ ...params, query: query || q }));

export const helpShowSchema = ckanObject({ name: ckanField(requiredText) });

/** Actions without parameters (status_show, license_list). */
export const noParamsSchema = z.object({});

export const datastoreSearchSqlSchema = ckanObject({ sql: ckanField(requiredText) });
