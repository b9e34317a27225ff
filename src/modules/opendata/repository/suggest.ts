import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../kernel/db';
import { TypoVocabulary } from '../../../kernel/text-search';
import { searchWords } from '../tables';

/** Vocabulary words looked at per typed word: the trigram index's best candidates, before the kernel's rules pick. */
const CANDIDATES_PER_WORD = 50;
/** "Meinten Sie …?" links at most. */
const MAX_SUGGESTIONS = 3;

/**
 * Queries the search may have meant ("parkhus" → "parkhaus"), each the typed words with typos
 * corrected against the words of public datasets' titles and keywords; empty when no word looks like
 * a typo. A word that is in the vocabulary, or starts one of its words, is kept as typed.
 *
 * The candidates come from `opendata_search_words` through its trigram index (`<%`: pg_trgm's word
 * similarity, whose default threshold 0.6 is the kernel's TYPO_THRESHOLD); the kernel's
 * TypoVocabulary then applies the same rules and order as the Leistungen search. Measured with
 * EXPLAIN ANALYZE on 10,000 generated datasets (70,000 word rows, 16,000 distinct words, PGlite in
 * the test runner): a bitmap scan of the index, 0.1 to 2 ms per word, 7 ms for a word close to one in
 * 800 titles. The index needs `fastupdate = false`: with GIN's pending list the first search after a
 * harvest merged it (13 to 17 ms), and the planner, misled by it, read all rows instead (250 ms). The
 * Leistungen' way, every word in memory until the table changes, would reload the list after each
 * write (a harvest writes constantly): 100 to 140 ms for those 16,000 words.
 */
export async function typoSuggestions(db: Executor, words: readonly string[]): Promise<string[]> {
  if (words.length === 0) return [];
  const rows = await queryRows<{ typed: string; word: string }>(
    db,
    sql`select t.typed, c.word from unnest(${sql.param([...words])}::text[]) t(typed)
      cross join lateral (
        select distinct ${searchWords.word} as word from ${searchWords} where t.typed <% ${searchWords.word} limit ${CANDIDATES_PER_WORD}
      ) c`,
  );
  const perWord = words.map((typed) => {
    const candidates = rows.filter((row) => row.typed === typed).map((row) => row.word);
    if (candidates.some((word) => word.startsWith(typed))) return [typed];
    const corrections = new TypoVocabulary(candidates).corrections(typed, MAX_SUGGESTIONS).map((correction) => correction.word);
    return corrections.length > 0 ? corrections : [typed];
  });
  if (perWord.every((options, index) => options[0] === words[index])) return [];
  return alternatives(perWord);
}

/** Every word's closest correction first, then each word's next ones in turn, the others at their closest. */
function alternatives(perWord: readonly string[][]): string[] {
  const best = perWord.map((options) => options[0]!);
  const queries = new Set([best.join(' ')]);
  for (let rank = 1; rank < MAX_SUGGESTIONS; rank += 1) {
    perWord.forEach((options, index) => {
      const option = options[rank];
      if (option) queries.add(best.map((word, at) => (at === index ? option : word)).join(' '));
    });
  }
  return [...queries].slice(0, MAX_SUGGESTIONS);
}
