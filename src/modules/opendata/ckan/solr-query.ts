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

/** A query the parser refuses: the message (English, as CKAN's) says what is wrong. */
export class SolrSyntaxError extends Error {
  override name = 'SolrSyntaxError';
}

/** Solr's local parameters (`{!func}…`) are switched off in CKAN too; CKAN answers them as a Search Error (409). */
export class SolrLocalParamsError extends Error {
  override name = 'SolrLocalParamsError';
}

type Token =
  | { kind: 'open' | 'close' | 'and' | 'or' | 'not' | 'plus' | 'all' }
  | { kind: 'word'; text: string; field: string | null; phrase: boolean }
  | { kind: 'range'; field: string; from: string | null; to: string | null; includeFrom: boolean; includeTo: boolean }
  | { kind: 'exists'; field: string };

const FIELD = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
/** Characters that end a bare term unless escaped with a backslash. */
const SPECIAL = new Set([' ', '\t', '\n', '\r', '(', ')', '"', ':', '[', ']', '{', '}', '^', '~']);
const WILDCARD = /(?<!\\)[*?]/;

class Lexer {
  private at = 0;
  /** The field of each open parenthesis: `tags:(a OR b)` searches both words in `tags`. */
  private readonly groups: (string | null)[] = [];
  constructor(private readonly input: string) {}

  tokens(): Token[] {
    const tokens: Token[] = [];
    for (;;) {
      this.skipSpace();
      if (this.at >= this.input.length) return tokens;
      tokens.push(this.next());
      this.skipModifiers();
    }
  }

  private skipSpace(): void {
    while (this.at < this.input.length && /\s/.test(this.input[this.at]!)) this.at++;
  }

  /** Boost `^2.5` and fuzziness/proximity `~` or `~2` after a clause change ranking only. */
  private skipModifiers(): void {
    while (this.input[this.at] === '^' || this.input[this.at] === '~') {
      const boost = this.input[this.at] === '^';
      this.at++;
      const digits = /^\d*(\.\d+)?/.exec(this.input.slice(this.at))![0];
      if (boost && digits === '') throw new SolrSyntaxError(`Expected a number after "^" at position ${this.at}`);
      this.at += digits.length;
    }
  }

  private next(): Token {
    const rest = this.input.slice(this.at);
    const char = rest[0]!;
    if (char === '(') {
      this.at++;
      this.groups.push(this.groups.at(-1) ?? null);
      return { kind: 'open' };
    }
    if (char === ')') {
      this.at++;
      this.groups.pop();
      return { kind: 'close' };
    }
    const operator = /^(AND|OR|NOT)(?=[\s()"]|$)|^(&&|\|\|)/.exec(rest);
    if (operator) {
      this.at += operator[0].length;
      const word = operator[0];
      return { kind: word === 'AND' || word === '&&' ? 'and' : word === 'OR' || word === '||' ? 'or' : 'not' };
    }
    if (char === '-' || char === '!') {
      this.at++;
      return { kind: 'not' };
    }
    if (char === '+') {
      this.at++;
      return { kind: 'plus' };
    }
    if (rest.startsWith('*:*')) {
      this.at += 3;
      return { kind: 'all' };
    }
    if (char === '"') return { kind: 'word', text: this.phrase(), field: this.groups.at(-1) ?? null, phrase: true };
    if (char === ':') throw new SolrSyntaxError(`A field name is missing before ":" at position ${this.at}`);
    const start = this.at;
    const text = this.bare();
    if (this.input[this.at] !== ':') return this.word(text, this.groups.at(-1) ?? null, false, start);
    if (!FIELD.test(text)) throw new SolrSyntaxError(`"${text}" is not a field name (position ${start})`);
    this.at++;
    return this.fieldValue(text);
  }

  private fieldValue(field: string): Token {
    const char = this.input[this.at];
    if (char === undefined || /\s|\)/.test(char)) throw new SolrSyntaxError(`A value is missing after "${field}:"`);
    if (char === '"') return { kind: 'word', text: this.phrase(), field, phrase: true };
    if (char === '[' || char === '{') return this.range(field);
    if (char === '(') {
      this.at++;
      this.groups.push(field);
      return { kind: 'open' };
    }
    const start = this.at;
    return this.word(this.bare(), field, false, start);
  }

  private word(raw: string, field: string | null, phrase: boolean, start: number): Token {
    if (raw === '') throw new SolrSyntaxError(`Unexpected "${this.input[start] ?? ''}" at position ${start}`);
    if (raw === '*') return field === null ? { kind: 'all' } : { kind: 'exists', field };
    if (WILDCARD.test(raw)) throw new SolrSyntaxError(`Wildcards (* and ?) are not supported in "${raw}"`);
    return { kind: 'word', text: unescape(raw), field, phrase };
  }

  /** A bare term up to the next special character; a backslash escapes the character after it. */
  private bare(): string {
    const start = this.at;
    while (this.at < this.input.length) {
      const char = this.input[this.at]!;
      if (char === '\\') {
        if (this.at + 1 >= this.input.length) throw new SolrSyntaxError('The query ends with a lone backslash');
        this.at += 2;
        continue;
      }
      if (SPECIAL.has(char)) break;
      this.at++;
    }
    return this.input.slice(start, this.at);
  }

  private phrase(): string {
    const start = this.at;
    this.at++;
    let text = '';
    while (this.at < this.input.length && this.input[this.at] !== '"') {
      if (this.input[this.at] === '\\' && this.at + 1 < this.input.length) this.at++;
      text += this.input[this.at];
      this.at++;
    }
    if (this.at >= this.input.length) throw new SolrSyntaxError(`The quotation mark at position ${start} is not closed`);
    this.at++;
    return text;
  }

  private range(field: string): Token {
    const open = this.input[this.at]!;
    const match = /^[[{]\s*("(?:[^"\\]|\\.)*"|[^\s\]}]+)\s+TO\s+("(?:[^"\\]|\\.)*"|[^\s\]}]+)\s*([\]}])/.exec(this.input.slice(this.at));
    if (!match) throw new SolrSyntaxError(`The range after "${field}:" must read [from TO to] or {from TO to}`);
    this.at += match[0].length;
    const bound = (text: string) => (text === '*' ? null : unescape(text.startsWith('"') ? text.slice(1, -1) : text));
    const [from, to] = [bound(match[1]!), bound(match[2]!)];
    if (from === null && to === null) return { kind: 'exists', field };
    return { kind: 'range', field, from, to, includeFrom: open === '[', includeTo: match[3] === ']' };
  }
}

function unescape(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

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
