/** Most words searched for: each is one more prefix lookup in the full-text index. */
export const MAX_SEARCH_WORDS = 8;
/** Longer words are cut: as a prefix (`word:*`) the cut word still finds everything the whole one did. */
export const MAX_WORD_CHARS = 40;

/** Letters and digits: the only characters that reach a tsquery, so no query syntax can be injected. */
const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text, lower-case, letters and digits only (the vocabulary is split the same way). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/**
 * Words of a search input (see kernel/db/fts.test.ts for why only letters and digits), bounded before
 * any query runs, because PGlite cannot cancel a running statement. A repeated word is dropped: it
 * finds nothing more (`a & a` is `a`), it only costs.
 */
export function searchWords(input: string): string[] {
  const words = wordsOf(input.slice(0, MAX_SEARCH_WORDS * (MAX_WORD_CHARS + 1)));
  const distinct = new Set(words.map((word) => Array.from(word).slice(0, MAX_WORD_CHARS).join('')));
  return [...distinct].slice(0, MAX_SEARCH_WORDS);
}
