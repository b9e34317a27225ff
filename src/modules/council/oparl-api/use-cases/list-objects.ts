import type { ModuleDeps } from '../../../../kernel/module';
import { OPARL_BODY_LISTS, OPARL_ORGANIZATION_LISTS, OPARL_PATHS, type OparlBodyList, type OparlOrganizationList } from '../../paths';
import type { OparlContext } from '../context';
import { oparlErrors } from '../errors';
import type { JsonObject } from '../json';
import { OPARL_KINDS } from '../kinds';
import { renderKept } from '../rendered-objects';
import { COUNCIL_OPARL_TABLES } from '../../tables/notified';
import { cachedQuery } from '../../../../kernel/db';
import type { OparlKind } from '../objects/common';
import { isObjectId, parseListParameters, type ListParameters } from '../params';
import { bodyExists, countList, listPage, organizationExists, type ListScope } from '../repository';

type ApiDeps = Pick<ModuleDeps, 'db' | 'config' | 'database'>;

interface CountKey {
  type: keyof typeof OPARL_KINDS;
  scope: ListScope;
  dates: Partial<Record<'createdSince' | 'createdUntil' | 'modifiedSince' | 'modifiedUntil', string>>;
}

/**
 * A list's total counts every row it holds (100,000 papers: tens of milliseconds on PGlite), so it is
 * kept until a council table changes, like the rendered objects; the key holds the list and its filters.
 */
const keptCount = cachedQuery({ tables: COUNCIL_OPARL_TABLES, maxEntries: 1000 }, (db, key) => {
  const { type, scope, dates } = JSON.parse(key) as CountKey;
  const asDate = (value: string | undefined) => (value === undefined ? undefined : new Date(value));
  return countList(db, OPARL_KINDS[type], scope, {
    createdSince: asDate(dates.createdSince),
    createdUntil: asDate(dates.createdUntil),
    modifiedSince: asDate(dates.modifiedSince),
    modifiedUntil: asDate(dates.modifiedUntil),
    limit: 0,
    omitInternal: false,
    canonical: [],
  });
});

function countKey(kind: OparlKind, scope: ListScope, parameters: ListParameters): string {
  const dates = {
    createdSince: parameters.createdSince,
    createdUntil: parameters.createdUntil,
    modifiedSince: parameters.modifiedSince,
    modifiedUntil: parameters.modifiedUntil,
  };
  const key: CountKey = {
    type: kind.type as CountKey['type'],
    scope,
    dates: Object.fromEntries(Object.entries(dates).flatMap(([name, date]) => (date ? [[name, date.toISOString()]] : []))),
  };
  return JSON.stringify(key);
}

function pageUrl(listUrl: string, parameters: ListParameters, after?: string): string {
  const query = new URLSearchParams(parameters.canonical);
  if (after) query.set('after', after);
  const text = query.toString();
  return text ? `${listUrl}?${text}` : listUrl;
}

/**
 * A page of an external list (spec 2.5): `data`, `pagination` (total, per page) and `links` (first,
 * self, next; with keyset paging there is no cheap prev or last). The filters stay in every link.
 */
async function answerList(kind: OparlKind, scope: ListScope, listPath: string, query: Record<string, unknown>, deps: ApiDeps): Promise<JsonObject> {
  const parameters = parseListParameters(query);
  const rows = await listPage(deps.db, kind, scope, parameters);
  const page = rows.slice(0, parameters.limit);
  const more = rows.length > parameters.limit;
  const total = !more && !parameters.after ? page.length : await keptCount(deps.db, countKey(kind, scope, parameters));
  const context: OparlContext = { db: deps.db, baseUrl: deps.config.baseUrl, omitInternal: parameters.omitInternal };
  const data =
    page.length === 0
      ? []
      : await renderKept(
          deps.database.changes,
          kind,
          context,
          page.map((row) => row.id),
        );
  const listUrl = `${deps.config.baseUrl}${listPath}`;
  const links: JsonObject = {
    first: pageUrl(listUrl, parameters),
    self: pageUrl(listUrl, parameters, parameters.after && `${parameters.after.modified}_${parameters.after.id}`),
  };
  if (more) links.next = pageUrl(listUrl, parameters, page[page.length - 1]!.cursor);
  return {
    data,
    pagination: {
      totalElements: total,
      elementsPerPage: parameters.limit,
      ...(parameters.after ? {} : { currentPage: 1 }),
      totalPages: Math.ceil(total / parameters.limit),
    },
    links,
  };
}

/** System.body: every body. */
export function listBodies(query: Record<string, unknown>, deps: ApiDeps): Promise<JsonObject> {
  return answerList(OPARL_KINDS.body, { kind: 'all' }, OPARL_PATHS.bodies, query, deps);
}

/** A Body's external lists (spec 3.2 and 4.1: the six lists new in 1.1 included). */
export async function listOfBody(bodyId: string, list: string, query: Record<string, unknown>, deps: ApiDeps): Promise<JsonObject> {
  if (!isObjectId(bodyId) || !(OPARL_BODY_LISTS as readonly string[]).includes(list)) throw oparlErrors.notFound();
  if (!(await bodyExists(deps.db, bodyId))) throw oparlErrors.notFound();
  const name = list as OparlBodyList;
  return answerList(OPARL_KINDS[name], { kind: 'body', bodyId }, OPARL_PATHS.bodyList(bodyId, name), query, deps);
}

/** Organization.meeting and Organization.consultation, external lists too. */
export async function listOfOrganization(organizationId: string, list: string, query: Record<string, unknown>, deps: ApiDeps): Promise<JsonObject> {
  if (!isObjectId(organizationId) || !(OPARL_ORGANIZATION_LISTS as readonly string[]).includes(list)) throw oparlErrors.notFound();
  if (!(await organizationExists(deps.db, organizationId))) throw oparlErrors.notFound();
  const name = list as OparlOrganizationList;
  const scope: ListScope = name === 'meeting' ? { kind: 'organization-meetings', organizationId } : { kind: 'organization-consultations', organizationId };
  return answerList(OPARL_KINDS[name], scope, OPARL_PATHS.organizationList(organizationId, name), query, deps);
}
