/** A tsvector's lexeme with the highest weight among its positions (A highest; D when it has none). */
export interface WeightedLexeme {
  lexeme: string;
  weight: 'A' | 'B' | 'C' | 'D';
}

/**
 * Reads PostgreSQL's text form of a tsvector (`'gart':3A,7C 'o''neill':1 'x'`): lexemes in single
 * quotes (a quote doubled, a backslash escaping the next character), each optionally followed by
 * positions with weight letters. For catalogues that search in memory what the database derived
 * (its stemmer and dictionaries stay the one source of lexemes).
 */
export function parseTsvector(text: string): WeightedLexeme[] {
  const lexemes: WeightedLexeme[] = [];
  let at = 0;
  while (at < text.length) {
    if (text[at] !== "'") {
      at += 1;
      continue;
    }
    let lexeme = '';
    at += 1;
    for (; at < text.length; at += 1) {
      const char = text[at]!;
      if (char === '\\') lexeme += text[++at] ?? '';
      else if (char === "'" && text[at + 1] === "'") lexeme += text[at++]!;
      else if (char === "'") break;
      else lexeme += char;
    }
    at += 1;
    let weight: WeightedLexeme['weight'] = 'D';
    if (text[at] === ':') {
      const end = text.indexOf(' ', at);
      const positions = text.slice(at + 1, end === -1 ? text.length : end);
      // 'A' < 'B' < 'C' < 'D' in code points, and A weighs most.
      for (const letter of positions.match(/[ABC]/g) ?? []) if (letter < weight) weight = letter as WeightedLexeme['weight'];
      at = end === -1 ? text.length : end;
    }
    lexemes.push({ lexeme, weight });
  }
  return lexemes;
}
