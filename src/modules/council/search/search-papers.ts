import type { Actor } from '../../../kernel/auth';
import type { Executor } from '../../../kernel/db';
import type { ModuleDeps } from '../../../kernel/module';
import { searchWords } from '../../../kernel/text-search';
import { berlinDay } from '../../../kernel/time';
import { councilViewerOf, PUBLIC_VIEWER } from '../policies';
import { keptPaperIndex } from './load-index';
import type { PaperSort } from './paper-index';
import { gremiumNames, lexemesOf, paperHits, type PaperHit } from './repository';
import { MAX_PAGE, PAGE_SIZE, type PaperSearchQuery } from './schemas';

export interface PaperFacets {
  paperTypes: Array<[string, number]>;
  gremien: Array<{ slug: string; name: string; count: number }>;
}

export type PaperSearchResult =
  | { kind: 'page'; hits: PaperHit[]; total: number; pageCount: number; facets: PaperFacets; sort: PaperSort }
  /** A page number beyond the end (old link, fewer results now): the last page, not "nothing found". */
  | { kind: 'beyond-end'; lastPage: number };

/** Relevance when words were given, else newest first. */
export function effectiveSort(query: PaperSearchQuery): PaperSort {
  return query.sortierung ?? (query.q ? 'relevanz' : 'datum');
}

type SearchFilters = Pick<PaperSearchQuery, 'q' | 'art' | 'gremium' | 'von' | 'bis'>;

/** The kept index, the Gremien, and what the words and filters ask of the index. */
async function indexQueryOf(db: Executor, query: SearchFilters, words: readonly string[]) {
  const [index, lexemes, gremien] = await Promise.all([keptPaperIndex(db), words.length > 0 ? lexemesOf(db, words) : null, gremiumNames(db, 'all')]);
  const organizationIds = query.gremium === undefined ? undefined : gremien.filter((gremium) => gremium.slug === query.gremium).map((gremium) => gremium.id);
  return { index, gremien, search: { lexemes, paperType: query.art, organizationIds, from: query.von, to: query.bis } };
}

/** Every public paper a search finds (an alert's search: its digest reports those that changed), newest first. */
export async function publicPaperIdsOf(db: Executor, query: SearchFilters): Promise<string[]> {
  const { index, search } = await indexQueryOf(db, query, searchWords(query.q));
  return index.search({ ...search, viewer: PUBLIC_VIEWER, sort: 'datum', offset: 0, limit: index.size }).ids;
}

/**
 * One page of the council papers' search with its facets. Anonymous visitors (the common case) need no
 * query for who they are; a council member's or staff's search is the same pass over the index with
 * their non-public papers and files let in (policies.ts). Deleted papers and files are not in the index.
 */
export async function searchPapers(actor: Actor, query: PaperSearchQuery, { db }: Pick<ModuleDeps, 'db'>, pageSize = PAGE_SIZE): Promise<PaperSearchResult> {
  const words = searchWords(query.q);
  const [asked, viewer] = await Promise.all([indexQueryOf(db, query, words), actor ? councilViewerOf(actor, db, berlinDay(new Date())) : PUBLIC_VIEWER]);
  const { index, gremien, search } = asked;
  const sort = effectiveSort(query);
  const answer = index.search({ ...search, viewer, sort, offset: (query.seite - 1) * pageSize, limit: pageSize });
  const pageCount = Math.min(Math.ceil(answer.total / pageSize), MAX_PAGE);
  if (answer.ids.length === 0 && pageCount > 0) return { kind: 'beyond-end', lastPage: pageCount };
  const names = new Map(gremien.map((gremium) => [gremium.id, gremium]));
  const facets: PaperFacets = {
    paperTypes: answer.facets.paperTypes,
    gremien: answer.facets.organizations
      .flatMap(([id, count]) => {
        const gremium = names.get(id);
        return gremium ? [{ slug: gremium.slug, name: gremium.name, count }] : [];
      })
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'de')),
  };
  const hits = await paperHits(db, answer.ids, answer.restrictedReadable, { words, lexemes: search.lexemes ?? [] });
  return { kind: 'page', hits, total: answer.total, pageCount, facets, sort };
}
