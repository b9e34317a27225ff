import { formatDate } from '../../../kernel/views';
import { SEARCH_PATHS } from '../paths';
import { MARK_END, MARK_START } from './repository';
import type { FilterParam, PaperSearchQuery } from './schemas';

/** The search's URL for these parameters (defaults left out, so equal searches share one URL and one cache entry). */
export function searchHref(query: Partial<PaperSearchQuery>): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const param of ['art', 'gremium', 'von', 'bis'] as const) {
    const value = query[param];
    if (value) params.set(param, value);
  }
  if (query.sortierung) params.set('sortierung', query.sortierung);
  if (query.seite && query.seite > 1) params.set('seite', String(query.seite));
  const search = params.toString();
  return search ? `${SEARCH_PATHS.search}?${search}` : SEARCH_PATHS.search;
}

/** The same search with the filter set to this value, or without it when it is set to it already. */
export function toggledFilter(query: PaperSearchQuery, param: FilterParam, value: string): string {
  return searchHref({ ...query, [param]: query[param] === value ? undefined : value, seite: 1 });
}

/** `2026-12-24` → `24.12.2026` (noon UTC is the same day in Berlin). */
export function germanDay(day: string): string {
  return formatDate(new Date(`${day.slice(0, 10)}T12:00:00Z`));
}

/** An excerpt as plain parts: text, and the matched words to draw as `<mark>` (Preact escapes both). */
export function excerptParts(excerpt: string): Array<{ text: string; marked: boolean }> {
  const parts: Array<{ text: string; marked: boolean }> = [];
  const pattern = new RegExp(`${MARK_START}([^${MARK_END}]*)${MARK_END}`, 'g');
  const flat = excerpt.replace(/\s+/g, ' ').trim();
  let at = 0;
  for (const match of flat.matchAll(pattern)) {
    if (match.index > at) parts.push({ text: flat.slice(at, match.index), marked: false });
    parts.push({ text: match[1]!, marked: true });
    at = match.index + match[0].length;
  }
  if (at < flat.length) parts.push({ text: flat.slice(at), marked: false });
  return parts.map((part) => (part.marked ? part : { ...part, text: part.text.replaceAll(MARK_START, '').replaceAll(MARK_END, '') }));
}
