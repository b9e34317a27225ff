import type { Correction, TypoVocabulary } from './typos';

/**
 * The text of `to_tsquery(config, …)` that needs every word as a prefix: `hund:* & anmeld:*`.
 * The words come from searchWords (letters and digits only), so they carry no tsquery syntax.
 */
export function prefixTsquery(words: readonly string[]): string {
  return words.map((word) => `${word}:*`).join(' & ');
}

interface TypoTolerantTsquery {
  /** Every word as a prefix or as any vocabulary word it may be a typo of: `(hundsteuer:* | hundesteuer | grundsteuer)`. */
  all: string;
  /** The same with only the closest corrections (fewest edits) of each word: `(hundsteuer:* | hundesteuer)`, to rank their hits first. */
  closest: string;
}

/**
 * Every word, as a prefix or as a vocabulary word it may be a typo of. Null when no word has a
 * correction: then the prefix query alone is the search, and every hit is an exact one.
 */
export function typoTolerantTsquery(words: readonly string[], vocabulary: TypoVocabulary): TypoTolerantTsquery | null {
  const corrected = words.map((word) => ({ word, corrections: vocabulary.corrections(word) }));
  if (corrected.every(({ corrections }) => corrections.length === 0)) return null;
  const query = (pick: (corrections: Correction[]) => Correction[]) =>
    corrected.map(({ word, corrections }) => `(${[`${word}:*`, ...pick(corrections).map((correction) => correction.word)].join(' | ')})`).join(' & ');
  return {
    all: query((corrections) => corrections),
    // Corrections come fewest edits first.
    closest: query((corrections) => corrections.filter((correction) => correction.distance === corrections[0]!.distance)),
  };
}
