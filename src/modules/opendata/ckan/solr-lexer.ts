/**
 * The tokens of a Solr query (solr-query.ts parses them): operators, parentheses, terms, phrases,
 * `field:value`, ranges. A backslash escapes the character after it.
 */

/** A query the parser refuses: the message (English, as CKAN's) says what is wrong. */
export class SolrSyntaxError extends Error {
  override name = 'SolrSyntaxError';
}

/** Solr's local parameters (`{!func}…`) are switched off in CKAN too; CKAN answers them as a Search Error (409). */
export class SolrLocalParamsError extends Error {
  override name = 'SolrLocalParamsError';
}

export type Token =
  | { kind: 'open' | 'close' | 'and' | 'or' | 'not' | 'plus' | 'all' }
  | { kind: 'word'; text: string; field: string | null; phrase: boolean }
  | { kind: 'range'; field: string; from: string | null; to: string | null; includeFrom: boolean; includeTo: boolean }
  | { kind: 'exists'; field: string };

const FIELD = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
/** Characters that end a bare term unless escaped with a backslash. */
const SPECIAL = new Set([' ', '\t', '\n', '\r', '(', ')', '"', ':', '[', ']', '{', '}', '^', '~']);
const WILDCARD = /(?<!\\)[*?]/;

export class Lexer {
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
