/**
 * The subset of CQL (Contextual Query Language, SRU's query language) the catalogue answers: terms
 * and "phrases", the indexes title, author, subject, isbn and any (also with the dc., bath. and cql.
 * prefixes library tools send), the relations =, ==, all, any and adj, the booleans and, or, not
 * (left to right, as CQL has no precedence) and parentheses. What is outside it is a diagnostic,
 * never a guess.
 */
export type CqlIndex = 'title' | 'author' | 'subject' | 'isbn' | 'any';
export type CqlNode =
  | { kind: 'clause'; index: CqlIndex; relation: 'all' | 'any' | 'phrase'; term: string }
  | { kind: 'boolean'; operator: 'and' | 'or' | 'not'; left: CqlNode; right: CqlNode };

/** An SRU diagnostic (info:srw/diagnostic/1/<code>) with what it refers to. */
export class CqlError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly details?: string,
  ) {
    super(message);
  }
}

const INDEXES: Record<string, CqlIndex> = {
  title: 'title',
  'dc.title': 'title',
  author: 'author',
  creator: 'author',
  'dc.creator': 'author',
  subject: 'subject',
  'dc.subject': 'subject',
  isbn: 'isbn',
  'bath.isbn': 'isbn',
  'dc.identifier': 'isbn',
  any: 'any',
  'cql.anywhere': 'any',
  'cql.serverchoice': 'any',
  'cql.keywords': 'any',
};
const BOOLEANS = new Set(['and', 'or', 'not']);
const RELATIONS = new Set(['=', '==', 'all', 'any', 'adj', 'exact']);
/** Bounds before any SQL: PGlite cannot cancel a statement. */
export const MAX_QUERY_LENGTH = 500;
const MAX_CLAUSES = 10;
const MAX_DEPTH = 5;

type Token = { type: 'word' | 'quoted' | 'open' | 'close' | 'relation'; text: string };

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s*(?:(\()|(\))|("(?:[^"\\]|\\.)*")|(==|<>|<=|>=|[=<>])|(\/)|([^\s()"=<>/]+))/gy;
  let match: RegExpExecArray | null;
  let at = 0;
  while (at < query.length && (match = pattern.exec(query))) {
    at = pattern.lastIndex;
    if (match[1]) tokens.push({ type: 'open', text: '(' });
    else if (match[2]) tokens.push({ type: 'close', text: ')' });
    else if (match[3]) tokens.push({ type: 'quoted', text: match[3].slice(1, -1).replace(/\\(.)/g, '$1') });
    else if (match[4]) tokens.push({ type: 'relation', text: match[4] });
    else if (match[5]) throw new CqlError(20, 'Modifikatoren („/…“) werden nicht unterstützt.', '/');
    else if (match[6]) tokens.push({ type: 'word', text: match[6] });
  }
  if (query.slice(at).trim()) throw new CqlError(10, 'Die Anfrage enthält ein nicht geschlossenes Anführungszeichen.', query.slice(at).trim());
  return tokens;
}

/** Parses a CQL query into a tree, or throws a `CqlError` with the SRU diagnostic's number. */
export function parseCql(query: string): CqlNode {
  if (!query.trim()) throw new CqlError(27, 'Die Anfrage ist leer.');
  if (query.length > MAX_QUERY_LENGTH) throw new CqlError(10, `Die Anfrage ist länger als ${MAX_QUERY_LENGTH} Zeichen.`);
  const tokens = tokenize(query);
  let position = 0;
  let clauses = 0;
  const peek = () => tokens[position];
  const isBoolean = (token: Token | undefined) => token?.type === 'word' && BOOLEANS.has(token.text.toLowerCase());

  function clause(depth: number): CqlNode {
    const token = tokens[position++];
    if (!token) throw new CqlError(10, 'Die Anfrage endet, wo ein Suchbegriff erwartet wird.');
    if (token.type === 'open') {
      if (depth >= MAX_DEPTH) throw new CqlError(10, `Mehr als ${MAX_DEPTH} Klammerebenen werden nicht unterstützt.`);
      const inner = expression(depth + 1);
      if (tokens[position++]?.type !== 'close') throw new CqlError(10, 'Eine Klammer wird nicht geschlossen.');
      return inner;
    }
    if (token.type !== 'word' && token.type !== 'quoted') throw new CqlError(10, `Unerwartetes Zeichen „${token.text}“.`, token.text);
    if (++clauses > MAX_CLAUSES) throw new CqlError(10, `Mehr als ${MAX_CLAUSES} Suchbedingungen werden nicht unterstützt.`);
    const next = peek();
    const relationToken = next && (next.type === 'relation' || (next.type === 'word' && RELATIONS.has(next.text.toLowerCase()) && !isBoolean(next)));
    if (token.type === 'word' && relationToken) {
      position++;
      const index = INDEXES[token.text.toLowerCase()];
      if (!index) throw new CqlError(16, `Den Index „${token.text}“ gibt es nicht.`, token.text);
      const relation = next.text.toLowerCase();
      if (!RELATIONS.has(relation)) throw new CqlError(19, `Die Relation „${next.text}“ wird nicht unterstützt.`, next.text);
      const term = tokens[position++];
      if (!term || (term.type !== 'word' && term.type !== 'quoted')) throw new CqlError(10, 'Nach der Relation fehlt der Suchbegriff.');
      return { kind: 'clause', index, relation: relationOf(relation, term), term: term.text };
    }
    return { kind: 'clause', index: 'any', relation: token.type === 'quoted' ? 'phrase' : 'all', term: token.text };
  }

  function expression(depth: number): CqlNode {
    let left = clause(depth);
    while (isBoolean(peek())) {
      const operator = tokens[position++]!.text.toLowerCase() as 'and' | 'or' | 'not';
      left = { kind: 'boolean', operator, left, right: clause(depth) };
    }
    return left;
  }

  const tree = expression(0);
  if (position < tokens.length) throw new CqlError(10, `Unerwartetes „${tokens[position]!.text}“ nach der Anfrage.`, tokens[position]!.text);
  return tree;
}

/** `=` with a quoted term of several words is a phrase (CQL 1.2: adjacency); `==`, `adj` and `exact` always are. */
function relationOf(relation: string, term: Token): 'all' | 'any' | 'phrase' {
  if (relation === 'any') return 'any';
  if (relation === 'all') return 'all';
  if (relation === '=' && !(term.type === 'quoted' && /\s/.test(term.text.trim()))) return 'all';
  return 'phrase';
}
