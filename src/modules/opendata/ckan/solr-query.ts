import { Lexer, SolrLocalParamsError, SolrSyntaxError, type Token } from './solr-lexer';

export { SolrLocalParamsError, SolrSyntaxError } from './solr-lexer';

/**
 * The subset of Lucene/Solr query syntax CKAN clients send in `q` and `fq` (harvesters, piveau,
 * uData, ckanapi, portals' own search boxes), parsed into a tree that search-sql.ts turns into SQL.
 *
 * Precedence is the conventional one, not Lucene's: OR binds loosest, then AND (written, `&&` or
 * implied by a space, since CKAN sends `q.op=AND`), then NOT / `-` / `!`; `+` (required) is what a
 * clause already is under `q.op=AND`. For every query CKAN clients are seen to send the two agree;
 * Lucene's own rule makes `a OR b c` mean "c, ranked higher with a or b", which no client wants.
 * `field:(a OR "b c")` searches each word of the group in that field, as Solr does.
 * Boosts (`^2`) and fuzziness or proximity (`~2`) are read and ignored: they change ranking only.
 *
 * The input is bounded before anything else: PGlite cannot cancel a running statement, so a query
 * that is too long, too deep or has too many clauses is refused (never truncated, which would
 * silently change its meaning) with a SolrSyntaxError the API answers as a 400 Search Query Error.
 */

export type SolrNode =
  | { type: 'all' }
  | { type: 'term'; field: string | null; value: string; phrase: boolean }
  /** `field:*` or `field:[* TO *]`: the field has a value. */
  | { type: 'exists'; field: string }
  /** `[from TO to]` includes both ends, `{from TO to}` excludes them; `null` is `*` (open). */
  | { type: 'range'; field: string; from: string | null; to: string | null; includeFrom: boolean; includeTo: boolean }
  | { type: 'not'; clause: SolrNode }
  | { type: 'and'; clauses: SolrNode[] }
  | { type: 'or'; clauses: SolrNode[] };

export const MAX_QUERY_CHARS = 4000;
/** Terms, phrases and ranges together: each is one condition in the statement. */
export const MAX_QUERY_CLAUSES = 100;
/** Nesting of parentheses and prefixes (NOT, -). */
export const MAX_QUERY_DEPTH = 10;

class Parser {
  private at = 0;
  private clauses = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): SolrNode {
    const node = this.or(0);
    const left = this.tokens[this.at];
    if (left) throw new SolrSyntaxError(left.kind === 'close' ? 'A closing parenthesis has no opening one' : `Unexpected "${left.kind}"`);
    return node;
  }

  private or(depth: number): SolrNode {
    const clauses = [this.and(depth)];
    while (this.peek() === 'or') {
      this.at++;
      clauses.push(this.and(depth));
    }
    return clauses.length === 1 ? clauses[0]! : { type: 'or', clauses };
  }

  private and(depth: number): SolrNode {
    const clauses = [this.unary(depth)];
    for (;;) {
      const next = this.peek();
      if (next === 'and') this.at++;
      else if (next === undefined || next === 'or' || next === 'close') break;
      clauses.push(this.unary(depth));
    }
    return clauses.length === 1 ? clauses[0]! : { type: 'and', clauses };
  }

  private unary(depth: number): SolrNode {
    if (depth > MAX_QUERY_DEPTH) throw new SolrSyntaxError(`The query is nested more than ${MAX_QUERY_DEPTH} levels deep`);
    const token = this.tokens[this.at++];
    if (!token) throw new SolrSyntaxError('The query ends where a search term was expected');
    switch (token.kind) {
      case 'not':
        return { type: 'not', clause: this.unary(depth + 1) };
      case 'plus':
        return this.unary(depth + 1);
      case 'open': {
        const inner = this.or(depth + 1);
        if (this.tokens[this.at++]?.kind !== 'close') throw new SolrSyntaxError('An opening parenthesis is not closed');
        return inner;
      }
      case 'all':
        return { type: 'all' };
      case 'word':
      case 'range':
      case 'exists':
        this.count();
        return token.kind === 'word'
          ? { type: 'term', field: token.field, value: token.text, phrase: token.phrase }
          : token.kind === 'exists'
            ? { type: 'exists', field: token.field }
            : { type: 'range', field: token.field, from: token.from, to: token.to, includeFrom: token.includeFrom, includeTo: token.includeTo };
      default:
        throw new SolrSyntaxError(`"${token.kind === 'close' ? ')' : token.kind.toUpperCase()}" cannot stand here`);
    }
  }

  private count(): void {
    this.clauses++;
    if (this.clauses > MAX_QUERY_CLAUSES) throw new SolrSyntaxError(`The query has more than ${MAX_QUERY_CLAUSES} clauses`);
  }

  private peek(): Token['kind'] | undefined {
    return this.tokens[this.at]?.kind;
  }
}

/**
 * Parses `q` or `fq`. Empty input (and `""`, `''`, as CKAN treats them) means everything.
 * Throws SolrSyntaxError for a query it cannot read, SolrLocalParamsError for `{!…}`.
 */
export function parseSolrQuery(input: string): SolrNode {
  if (input.length > MAX_QUERY_CHARS) throw new SolrSyntaxError(`The query is longer than ${MAX_QUERY_CHARS} characters`);
  const trimmed = input.trim();
  if (trimmed.startsWith('{!')) throw new SolrLocalParamsError('Local parameters are not supported');
  if (trimmed === '' || trimmed === '""' || trimmed === "''") return { type: 'all' };
  return new Parser(new Lexer(trimmed).tokens()).parse();
}
