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
import { isObjectId, parseListParameters, type ListCursor, type ListParameters } from '../params';
import { bodyExists, countList, listPage, organizationExists, type ListScope, type PageRow } from '../repository';

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

type PagePosition = ['after' | 'before', string];

function pageUrl(listUrl: string, parameters: ListParameters, position?: PagePosition): string {
  const query = new URLSearchParams(parameters.canonical);
  if (position) query.set(...position);
  const text = query.toString();
  return text ? `${listUrl}?${text}` : listUrl;
}

const cursorText = (cursor: ListCursor) => `${cursor.modified}_${cursor.id}`;

function selfPosition(parameters: ListParameters): PagePosition | undefined {
  if (parameters.after) return ['after', cursorText(parameters.after)];
  if (parameters.before) return ['before', parameters.before === 'end' ? 'end' : cursorText(parameters.before)];
  return undefined;
}

/**
 * The links of a page (spec 2.5): `first` and `self`; `next` after its last row and `prev` before its
 * first, both by keyset, where rows lie that way; `last` is `before=end`, the rows the forward pages
 * leave over, so it costs no more than the count every page but a lone one already makes.
 */
function pageLinks(listUrl: string, parameters: ListParameters, page: PageRow[], beyond: boolean, totalPages: number): JsonObject {
  const backwards = parameters.before !== undefined;
  const links: JsonObject = { first: pageUrl(listUrl, parameters), self: pageUrl(listUrl, parameters, selfPosition(parameters)) };
  const [firstRow, lastRow] = [page[0], page[page.length - 1]];
  // Paging back, the rows after the page are the ones it was reached from (the last page has none).
  const rowsAfter = backwards ? parameters.before !== 'end' : beyond;
  const rowsBefore = backwards ? beyond : parameters.after !== undefined;
  if (lastRow && rowsAfter) links.next = pageUrl(listUrl, parameters, ['after', lastRow.cursor]);
  if (firstRow && rowsBefore) links.prev = pageUrl(listUrl, parameters, ['before', firstRow.cursor]);
  links.last = totalPages > 1 ? pageUrl(listUrl, parameters, ['before', 'end']) : links.first!;
  return links;
}

/**
 * A page of an external list (spec 2.5): `data`, `pagination` (total, per page) and `links`. The
 * filters stay in every link. Paging back reads the rows last first and turns them round.
 */
async function answerList(kind: OparlKind, scope: ListScope, listPath: string, query: Record<string, unknown>, deps: ApiDeps): Promise<JsonObject> {
  const parameters = parseListParameters(query);
  const count = () => keptCount(deps.db, countKey(kind, scope, parameters));
  const lastPage = parameters.before === 'end';
  const knownTotal = lastPage ? await count() : undefined;
  const size = knownTotal ? knownTotal % parameters.limit || parameters.limit : parameters.limit;
  const rows = await listPage(deps.db, kind, scope, parameters, size);
  const page = rows.slice(0, size);
  if (parameters.before) page.reverse();
  const beyond = rows.length > size;
  const firstPage = !parameters.after && !parameters.before;
  const total = knownTotal ?? (firstPage && !beyond ? page.length : await count());
  const totalPages = Math.ceil(total / parameters.limit);
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
  return {
    data,
    pagination: {
      totalElements: total,
      elementsPerPage: parameters.limit,
      ...(firstPage ? { currentPage: 1 } : lastPage ? { currentPage: Math.max(totalPages, 1) } : {}),
      totalPages,
    },
    links: pageLinks(`${deps.config.baseUrl}${listPath}`, parameters, page, beyond, totalPages),
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
