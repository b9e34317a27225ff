import { z } from 'zod';
import { parseSolrQuery, SolrLocalParamsError, SolrSyntaxError, type SolrNode } from './solr-query';
import { boolean, ckanField, ckanParams, given, integer, Invalid, listOfStrings, natural, optional, pythonList, string } from './validators';

/**
 * package_search's parameters as CKAN 2.10 reads them (default_package_search_schema in
 * ckan/logic/schema.py, package_search in ckan/logic/action/get.py, PackageSearchQuery.run in
 * ckan/lib/search/query.py): rows 10 by default and cut to 1000, start, sort (default
 * `score desc, metadata_modified desc`), facet.field as a JSON list, facet.limit 50 (negative: all),
 * facet.mincount 1, include_private/include_drafts. `q` and `fq` arrive parsed.
 */

export const ROWS_DEFAULT = 10;
export const ROWS_MAX = 1000;
export const FACET_LIMIT_DEFAULT = 50;
export const DEFAULT_SORT = 'score desc, metadata_modified desc';

/** The orders a client can ask for; `score` is the text match's rank (equal for all without words). */
export const SORT_FIELDS = ['score', 'id', 'name', 'title_string', 'metadata_modified', 'metadata_created'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export interface SortClause {
  field: SortField;
  direction: 'asc' | 'desc';
}

/** `sort=name asc, metadata_modified desc`. CKAN's answer to one it cannot use is this 400. */
export function parseSort(value: string): SortClause[] {
  return sortText(value)
    .split(',')
    .map((part) => {
      const match = /^\s*([a-z_]+)\s+(asc|desc)\s*$/i.exec(part);
      const field = match?.[1] as SortField | undefined;
      if (!match || !field || !SORT_FIELDS.includes(field)) throw new Invalid('Invalid "sort" parameter', 'search-query');
      return { field, direction: match[2]!.toLowerCase() as 'asc' | 'desc' };
    });
}

/** The sort as CKAN answers it in the result's `sort`: empty and `rank` are the default. */
function sortText(value: string): string {
  const text = value.trim();
  return text === '' || text === 'rank' ? DEFAULT_SORT : text;
}

function sortParam(value: string): { text: string; clauses: SortClause[] } {
  return { text: sortText(value), clauses: parseSort(value) };
}

/** `q` and `fq` as trees; a query the parser refuses is CKAN's Search Query Error (400). */
function solrQuery(value: unknown): SolrNode {
  try {
    return parseSolrQuery(string(value));
  } catch (error) {
    if (error instanceof SolrLocalParamsError) throw new Invalid('Local parameters are not supported', 'search');
    if (error instanceof SolrSyntaxError) throw new Invalid(error.message, 'search-query');
    throw error;
  }
}

/** Each facet field is one more count over the matching datasets: a request asks for a few. */
export const MAX_FACET_FIELDS = 20;

function facetFields(value: unknown): string[] {
  const fields = listOfStrings(value);
  if (fields.length > MAX_FACET_FIELDS) throw new Invalid(`At most ${MAX_FACET_FIELDS} facet fields`);
  return [...new Set(fields)];
}

/** Parameters CKAN passes to Solr that change ranking or the response format only: read and left aside. */
const IGNORED = ['qf', 'df', 'defType', 'tie', 'mm', 'bf', 'boost', 'wt', 'use_default_schema', 'extras'];

const known = new Set(['q', 'fq', 'fq_list', 'rows', 'start', 'sort', 'facet', 'facet.field', 'facet.limit', 'facet.mincount', 'fl'].concat(IGNORED));
/** Removed before the search in CKAN, so not "invalid search parameters"; `ext_…` goes to extensions. */
const ACCEPTED = new Set(['include_private', 'include_drafts']);

const fields = {
  q: ckanField(optional(solrQuery, { type: 'all' } as SolrNode)),
  fq: ckanField(optional(solrQuery, { type: 'all' } as SolrNode)),
  /** More filter queries: a JSON list, repeated in a query string, or one. */
  fq_list: ckanField(optional((value) => (typeof value === 'string' && !value.trim().startsWith('[') ? [value] : listOfStrings(value)).map(solrQuery), [])),
  rows: ckanField((value) => Math.min(given(value) ? natural(value) : ROWS_DEFAULT, ROWS_MAX)),
  start: ckanField(optional(natural, 0)),
  sort: ckanField(optional((value) => sortParam(string(value)), sortParam(DEFAULT_SORT))),
  facet: ckanField(optional(boolean, true)),
  'facet.field': ckanField(optional(facetFields, [])),
  'facet.limit': ckanField(optional(integer, FACET_LIMIT_DEFAULT)),
  'facet.mincount': ckanField(optional(natural, 1)),
  /** `fl=id,name` or `["id","name"]`: the dataset keys to return (all when empty). */
  fl: ckanField(
    optional(
      (value) =>
        Array.isArray(value)
          ? listOfStrings(value)
          : string(value)
              .split(/[\s,]+/)
              .filter(Boolean),
      [],
    ),
  ),
  include_private: ckanField(optional(boolean, false)),
  include_drafts: ckanField(optional(boolean, false)),
};

const searchSchema = z
  .object(fields)
  .catchall(z.unknown())
  .transform((params, ctx) => {
    const invalid = Object.keys(params).filter((key) => !known.has(key) && !ACCEPTED.has(key) && !key.startsWith('ext_'));
    if (invalid.length > 0) {
      ctx.addIssue({ code: 'custom', message: `Invalid search parameters: ${pythonList(invalid.sort())}`, params: { refusal: 'search-query' } });
      return z.NEVER;
    }
    return {
      q: params.q,
      /** `fq` and every `fq_list` entry: all must hold. */
      fq: [params.fq, ...params.fq_list].filter((node) => node.type !== 'all'),
      rows: params.rows,
      start: params.start,
      sort: params.sort.clauses,
      /** For the result's `sort`, as CKAN repeats it. */
      sortText: params.sort.text,
      facet: params.facet,
      facetFields: params.facet ? params['facet.field'] : [],
      /** Null: every value (CKAN's negative facet.limit). */
      facetLimit: params['facet.limit'] < 0 ? null : params['facet.limit'],
      facetMincount: params['facet.mincount'],
      fl: params.fl,
      includePrivate: params.include_private,
      includeDrafts: params.include_drafts,
    };
  });

export const packageSearchSchema = ckanParams(Object.keys(fields), searchSchema);

export type PackageSearchParams = z.output<typeof packageSearchSchema>;
