import { z } from 'zod';

/**
 * Longest query we pass on, in characters (code points); longer input is cut and the page says so.
 * The catalogue's limit too (services/schemas.ts), so "Alle Treffer in Leistungen" shows the same hits.
 */
export const MAX_QUERY_CHARS = 100;
/** Most words we pass on: every word is one more `&` in each module's tsquery and trigram comparison. */
export const MAX_QUERY_TERMS = 8;

export interface SearchInput {
  /** Trimmed, whitespace collapsed, at most MAX_QUERY_CHARS and MAX_QUERY_TERMS; '' when nothing was typed. */
  q: string;
  /** What was cut, so the page can say so instead of silently searching for less. */
  shortened: 'chars' | 'terms' | null;
  /** False for input without a letter or digit ("?!", "***", emoji only): nothing to search for. */
  searchable: boolean;
}

/**
 * Bounds every query before any module sees it (PGlite has no statement timeout): a search never
 * fails, so a repeated `q`, an array or an object becomes the empty search instead of an error.
 * Cutting (not 400) because a search with a long pasted text should still find something.
 */
export const searchQuery = z
  .object({ q: z.string().catch('') })
  .catch({ q: '' })
  .transform(({ q }): SearchInput => {
    let text = q.replace(/[\s\p{Cc}]+/gu, ' ').trim();
    let shortened: SearchInput['shortened'] = null;
    const chars = Array.from(text); // code points: a cut never splits an emoji's surrogate pair
    if (chars.length > MAX_QUERY_CHARS) {
      text = chars.slice(0, MAX_QUERY_CHARS).join('').trim();
      shortened = 'chars';
    }
    const terms = text.split(' ').filter(Boolean);
    if (terms.length > MAX_QUERY_TERMS) {
      text = terms.slice(0, MAX_QUERY_TERMS).join(' ');
      shortened ??= 'terms';
    }
    return { q: text, shortened, searchable: /[\p{L}\p{N}]/u.test(text) };
  });
