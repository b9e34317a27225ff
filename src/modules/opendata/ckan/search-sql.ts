import { and, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { searchWords } from '../../../kernel/text-search';
import { ckanErrors } from './envelope';
import { solrInstant } from './solr-dates';
import type { SortClause, SortField } from './search-params';
import type { SolrNode } from './solr-query';
import { isUuid } from '../../../kernel/http';

/**
 * Where each Solr field of CKAN's dataset index lives in our tables; the integrator supplies it.
 * Every condition it leads to is one an index answers: full text on a tsvector (GIN), facet values
 * as `field:value` keys in one text[] (GIN: `@>` for all of, `&&` for any of), ranges on B-trees.
 */
export interface SearchFields {
  /** The condition for free text: the words (letters and digits, at most 8), all required. */
  text: (words: string[]) => SQL;
  /** Fields searched as free text when named, e.g. `text`, `title`, `notes` (CKAN's `text` and its sources). */
  textFields: readonly string[];
  /** The text[] column of keys like `organization:stadtwerke-iserlohn`, `tags:Parken`, and the fields it holds. */
  facetKeys: { column: SQLWrapper; fields: readonly string[] };
  /** Dates (timestamptz) and counts, for `[from TO to]` and equality. */
  ranges: Record<string, { column: SQLWrapper; type: 'date' | 'integer' }>;
  /** Fields compared as a whole: `name`, `id` (a uuid column: a value that is no uuid matches nothing). */
  exact: Record<string, { column: SQLWrapper; uuid?: boolean }>;
  /**
   * Fields with one value for every dataset the query can see, which clients still filter on:
   * `state: 'active'`, `dataset_type: 'dataset'`, `capacity: 'public'`. A condition on them is decided at once.
   */
  constants: Record<string, string>;
}

const INTEGER = /^-?\d{1,9}$/;

const TRUE = sql`true`;
const FALSE = sql`false`;

function textArray(values: string[]): SQL {
  return sql`array[${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )}]::text[]`;
}

class Translator {
  constructor(
    private readonly fields: SearchFields,
    private readonly now: Date,
  ) {}

  node(node: SolrNode): SQL {
    switch (node.type) {
      case 'all':
        return TRUE;
      case 'not':
        return sql`not (${this.node(node.clause)})`;
      case 'and':
        return this.all(node.clauses);
      case 'or':
        return this.any(node.clauses);
      case 'term':
        return this.isFreeText(node) ? this.text([node.value]) : this.term(node.field!, node.value);
      case 'exists':
        return this.exists(node.field);
      case 'range':
        return this.range(node);
    }
  }

  /** Free-text terms become one text condition, facet terms one `@>`; the rest each their own. */
  private all(clauses: SolrNode[]): SQL {
    const words: string[] = [];
    const keys: string[] = [];
    const rest: SQL[] = [];
    for (const clause of clauses) {
      if (clause.type === 'term' && this.isFreeText(clause)) words.push(clause.value);
      else if (clause.type === 'term' && this.isFacet(clause.field)) keys.push(`${clause.field}:${clause.value}`);
      else rest.push(this.node(clause));
    }
    if (words.length > 0) rest.unshift(this.text(words));
    if (keys.length > 0) rest.unshift(sql`${this.fields.facetKeys.column} @> ${textArray(keys)}`);
    return and(...rest)!;
  }

  /** Facet terms of any field become one `&&`: the keys carry their field. */
  private any(clauses: SolrNode[]): SQL {
    const keys: string[] = [];
    const rest: SQL[] = [];
    for (const clause of clauses) {
      if (clause.type === 'term' && !this.isFreeText(clause) && this.isFacet(clause.field)) keys.push(`${clause.field}:${clause.value}`);
      else rest.push(this.node(clause));
    }
    if (keys.length > 0) rest.unshift(sql`${this.fields.facetKeys.column} && ${textArray(keys)}`);
    return or(...rest)!;
  }

  private isFreeText(node: { field: string | null }): boolean {
    return node.field === null || this.fields.textFields.includes(node.field);
  }

  private isFacet(field: string | null): field is string {
    return field !== null && this.fields.facetKeys.fields.includes(field);
  }

  /** Words without letters or digits (a lone `&`) find nothing more and are left out. */
  private text(values: string[]): SQL {
    const words = searchWords(values.join(' '));
    return words.length > 0 ? this.fields.text(words) : TRUE;
  }

  private term(field: string, value: string): SQL {
    if (this.isFacet(field)) return sql`${this.fields.facetKeys.column} @> ${textArray([`${field}:${value}`])}`;
    const constant = this.fields.constants[field];
    if (constant !== undefined) return value === constant ? TRUE : FALSE;
    const exact = this.fields.exact[field];
    if (exact) return exact.uuid && !isUuid(value) ? FALSE : sql`${exact.column} = ${value}`;
    const range = this.fields.ranges[field];
    if (range) return sql`${range.column} = ${this.bound(field, value, range.type)}`;
    throw unknownField(field);
  }

  private exists(field: string): SQL {
    if (this.isFreeText({ field }) || this.fields.constants[field] !== undefined) return TRUE;
    if (this.isFacet(field)) return sql`exists (select 1 from unnest(${this.fields.facetKeys.column}) as key where starts_with(key, ${`${field}:`}))`;
    const column = this.fields.exact[field]?.column ?? this.fields.ranges[field]?.column;
    if (!column) throw unknownField(field);
    return sql`${column} is not null`;
  }

  private range(node: Extract<SolrNode, { type: 'range' }>): SQL {
    const range = this.fields.ranges[node.field];
    if (!range) {
      if (this.isKnown(node.field)) throw ckanErrors.searchQuery(`The field "${node.field}" has no ranges`);
      throw unknownField(node.field);
    }
    const lower = node.from === null ? undefined : sql`${range.column} ${node.includeFrom ? sql`>=` : sql`>`} ${this.bound(node.field, node.from, range.type)}`;
    const upper = node.to === null ? undefined : sql`${range.column} ${node.includeTo ? sql`<=` : sql`<`} ${this.bound(node.field, node.to, range.type)}`;
    return and(lower, upper)!;
  }

  private bound(field: string, value: string, type: 'date' | 'integer'): SQL {
    if (type === 'integer') {
      if (!INTEGER.test(value)) throw ckanErrors.searchQuery(`"${value}" is not a whole number (field "${field}")`);
      return sql`${Number(value)}::integer`;
    }
    const instant = solrInstant(value, this.now);
    if (instant === null) throw ckanErrors.searchQuery(`"${value}" is not a date (field "${field}"): use 2024-01-31T00:00:00Z or NOW-1DAY`);
    return sql`${instant}::timestamptz`;
  }

  private isKnown(field: string): boolean {
    const { textFields, facetKeys, ranges, exact, constants } = this.fields;
    return textFields.includes(field) || facetKeys.fields.includes(field) || field in ranges || field in exact || field in constants;
  }
}

function unknownField(field: string) {
  return ckanErrors.searchQuery(`Unknown field "${field}"`);
}

/**
 * The condition for a parsed `q` or `fq`. Throws the CKAN Search Query Error (400) for a field the
 * mapping does not know, a range on a field without order, or a bound that is no date or number.
 * `now` is the instant `NOW` in date math stands for.
 */
export function solrToSql(node: SolrNode, fields: SearchFields, now: Date = new Date()): SQL {
  return new Translator(fields, now).node(node);
}

/**
 * ORDER BY for package_search's `sort`: each field's column, and `id` last so pages never overlap
 * when values repeat. `score` is the text match's rank; without words it is null and left out (a
 * constant would not do: `order by 0` names a column position and fails).
 */
export function orderBySql(sort: readonly SortClause[], columns: Record<Exclude<SortField, 'score'>, SQLWrapper> & { score: SQLWrapper | null }): SQL {
  const clauses = sort.flatMap(({ field, direction }) => {
    const column = columns[field];
    return column ? [sql`${column} ${direction === 'asc' ? sql`asc` : sql`desc`}`] : [];
  });
  if (!sort.some((clause) => clause.field === 'id')) clauses.push(sql`${columns.id} asc`);
  return sql.join(clauses, sql`, `);
}
