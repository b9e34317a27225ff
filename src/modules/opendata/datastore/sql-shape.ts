/**
 * What a SQL text does, read without running it: whether it is one statement, whether it writes into
 * a table (`select … into`) or locks rows, and which functions it calls. Comments, string literals
 * (also E'…' and $tag$…$tag$) and quoted identifiers are skipped, so a `;` or a name inside them counts
 * for nothing. A first fence for datastore_search_sql; the plan check and the read-only transaction follow.
 */
export interface SqlShape {
  /** A `;` that is not the last character (several statements). */
  severalStatements: boolean;
  /** Words of a statement that writes or locks (`into`, `for update`, `delete`, `drop`, …), which a read never needs. */
  writes: boolean;
  /** Names of functions called, lower case (a quoted name as written). */
  functions: string[];
}

/** Words that a `(` may follow without being a function call. */
const KEYWORDS = new Set(
  (
    'select from where and or not in exists as on using join lateral over filter within group by order partition having values ' +
    'case when then else end cast coalesce nullif greatest least extract any all some array row is between like ilike similar ' +
    'union intersect except with recursive distinct limit offset fetch only rows range preceding following current ' +
    'interval date time timestamp numeric decimal varchar char character precision double float int integer bigint smallint'
  ).split(' '),
);

/** Replaces comments and string literals by a blank and answers the rest. */
function skeleton(text: string): string {
  let out = '';
  let index = 0;
  while (index < text.length) {
    const rest = text.slice(index);
    const dollar = /^\$([a-zA-Z_]\w*)?\$/.exec(rest);
    if (rest.startsWith('--')) {
      const end = text.indexOf('\n', index);
      index = end < 0 ? text.length : end;
      out += ' ';
    } else if (rest.startsWith('/*')) {
      let depth = 0;
      do {
        if (text.startsWith('/*', index)) {
          depth += 1;
          index += 2;
        } else if (text.startsWith('*/', index)) {
          depth -= 1;
          index += 2;
        } else index += 1;
      } while (depth > 0 && index < text.length);
      out += ' ';
    } else if (dollar) {
      const end = text.indexOf(dollar[0], index + dollar[0].length);
      index = end < 0 ? text.length : end + dollar[0].length;
      out += " '' ";
    } else if (rest[0] === "'") {
      const escapes = /[eE]$/.test(out);
      index += 1;
      while (index < text.length) {
        if (escapes && text[index] === '\\') index += 2;
        else if (text[index] === "'" && text[index + 1] === "'") index += 2;
        else if (text[index] === "'") break;
        else index += 1;
      }
      index += 1;
      out += "''";
    } else if (rest[0] === '"') {
      const end = /^"(?:[^"]|"")*"/.exec(rest);
      const quoted = end ? end[0] : rest;
      out += quoted;
      index += quoted.length;
    } else {
      out += rest[0];
      index += 1;
    }
  }
  return out;
}

export function sqlShape(text: string): SqlShape {
  const code = skeleton(text);
  // Quoted identifiers stay in the skeleton (a function may be called by a quoted name); a `;` or a word inside one is no statement.
  // A quoted field may be called "delete": only unquoted words count.
  const unquoted = code.replace(/"(?:[^"]|"")*"/g, '"x"');
  const functions = new Set<string>();
  for (const match of code.matchAll(/("(?:[^"]|"")*"|[a-zA-Z_][\w$]*)\s*\(/g)) {
    const name = match[1]!.startsWith('"') ? match[1]!.slice(1, -1).replaceAll('""', '"') : match[1]!.toLowerCase();
    if (!KEYWORDS.has(name)) functions.add(name);
  }
  return {
    severalStatements: /;(?!\s*$)/.test(unquoted),
    writes: /\b(into|insert|update|delete|merge|truncate|copy|create|alter|drop|grant|revoke|call|lock|vacuum|analyze|notify|listen|share)\b/i.test(unquoted),
    functions: [...functions],
  };
}
