import { wordsOf } from './words';

/** A vocabulary word counts as meant from this word similarity on (pg_trgm's word_similarity_threshold). */
const TYPO_THRESHOLD = 0.6;
/** Corrections per typed word at most, the most similar first: each is one more lexeme in the tsquery. */
const MAX_CORRECTIONS = 8;

export interface Correction {
  word: string;
  /** Edits from the typed word (optimal string alignment distance): what orders the corrections. */
  distance: number;
}

/**
 * Letters to insert, delete, replace or swap with their neighbour to turn one word into the other.
 * Trigrams find the candidates; this orders them as typos happen: "hundsteuer" is one letter from
 * "hundesteuer" and two from "grundsteuer", though it shares more trigrams with the second.
 */
export function editDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  // Three rows of the dynamic programme: two back for a swap.
  let before = new Array<number>(y.length + 1).fill(0);
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= y.length; j += 1) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[y.length]!;
}

/** pg_trgm's trigrams of one word, in order: padded with two blanks before and one after. */
export function trigramsOf(word: string): string[] {
  const chars = Array.from(`  ${word} `);
  return Array.from({ length: chars.length - 2 }, (_, i) => chars.slice(i, i + 3).join(''));
}

/**
 * pg_trgm's word_similarity: the greatest similarity (shared / all distinct trigrams) between the
 * typed word's trigrams and those of any continuous extent of the other word, so a part of a
 * compound counts ("meldung" in "gewerbeanmeldung": 0.75) while a word that shares letters
 * scattered over its length does not ("anmelden" and "abmelden": 0.56).
 */
export function wordSimilarity(typed: ReadonlySet<string>, word: readonly string[]): number {
  let best = 0;
  for (let start = 0; start < word.length; start += 1) {
    const extent = new Set<string>();
    let shared = 0;
    for (let end = start; end < word.length; end += 1) {
      const trigram = word[end]!;
      if (extent.has(trigram)) continue;
      extent.add(trigram);
      if (typed.has(trigram)) shared += 1;
      best = Math.max(best, shared / (typed.size + extent.size - shared));
    }
  }
  return best;
}

/**
 * The distinct words of a catalogue's searchable texts, with a trigram index, to correct typos
 * before the full-text query (the approach pg_trgm's documentation gives for text search: a table
 * of unique words, similarity against it, then the tsquery with the words found). Comparing the
 * typed word with a few hundred or thousand distinct words in memory costs microseconds; comparing
 * it with every row's text in the database (`<%`) cost 5 to 20 ms at 3,000 Leistungen, on the one
 * thread PGlite has (docs/performance.md).
 */
export class TypoVocabulary {
  readonly #words: string[];
  readonly #trigrams: string[][];
  /** Trigram → indexes into #words of the words that have it. */
  readonly #postings = new Map<string, number[]>();

  constructor(texts: Iterable<string>) {
    const distinct = new Set<string>();
    for (const text of texts) for (const word of wordsOf(text)) distinct.add(word);
    this.#words = [...distinct];
    this.#trigrams = this.#words.map(trigramsOf);
    this.#trigrams.forEach((trigrams, index) => {
      for (const trigram of new Set(trigrams)) {
        const posting = this.#postings.get(trigram);
        if (posting) posting.push(index);
        else this.#postings.set(trigram, [index]);
      }
    });
  }

  get size(): number {
    return this.#words.length;
  }

  /**
   * Vocabulary words with a word similarity of at least TYPO_THRESHOLD to the typed word, fewest
   * edits first, at most `limit`. Words that start with the typed word are left out: its prefix
   * query (`word:*`) finds them already.
   */
  corrections(typed: string, limit = MAX_CORRECTIONS): Correction[] {
    const trigrams = new Set(trigramsOf(typed));
    const shared = new Map<number, number>();
    for (const trigram of trigrams) {
      for (const index of this.#postings.get(trigram) ?? []) shared.set(index, (shared.get(index) ?? 0) + 1);
    }
    const similar: Correction[] = [];
    for (const [index, count] of shared) {
      // The similarity is at most the share of the typed word's trigrams the word has: most are out without computing it.
      if (count / trigrams.size < TYPO_THRESHOLD) continue;
      const word = this.#words[index]!;
      if (word.startsWith(typed) || wordSimilarity(trigrams, this.#trigrams[index]!) < TYPO_THRESHOLD) continue;
      similar.push({ word, distance: editDistance(typed, word) });
    }
    similar.sort((a, b) => a.distance - b.distance || (a.word < b.word ? -1 : 1));
    return similar.slice(0, limit);
  }
}
