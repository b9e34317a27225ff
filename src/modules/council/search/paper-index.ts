import { LexemePostings, parseTsvector, ValueCodes, type WeightedLexeme } from '../../../kernel/text-search';
import type { CouncilViewer } from '../policies';

/** A paper as the index reads it: what filters, facets, ranking and the visibility rule need. */
export interface IndexedPaper {
  id: string;
  /** `YYYY-MM-DD` or null. */
  date: string | null;
  paperType: string | null;
  public: boolean;
  /** Its Gremien: those of its consultations and its underDirectionOf (policies.ts). */
  organizationIds: readonly string[];
  /** The paper's `search` tsvector in PostgreSQL's text form. */
  search: string;
  /** Its main and auxiliary files that are not deleted: the lexemes of their `search` vectors (weight D) and of their names (C). */
  files: ReadonlyArray<{ public: boolean; words: string; name: string }>;
}

export const PAPER_SORTS = ['relevanz', 'datum'] as const;
export type PaperSort = (typeof PAPER_SORTS)[number];

export interface PaperIndexSearch {
  /** Null: no words (the filters alone); empty: only stop words, so nothing. */
  lexemes: readonly string[] | null;
  viewer: CouncilViewer;
  paperType?: string | undefined;
  /** The Gremium's ids (a slug may name one per body); an empty list finds nothing. */
  organizationIds?: readonly string[] | undefined;
  /** Inclusive, `YYYY-MM-DD`; a paper without a date is left out by either. */
  from?: string | undefined;
  to?: string | undefined;
  sort: PaperSort;
  offset: number;
  limit: number;
}

export interface PaperIndexAnswer {
  total: number;
  ids: string[];
  /** Of the page's papers, those whose non-public files the viewer may read (their excerpts may come from them). */
  restrictedReadable: string[];
  facets: { paperTypes: Array<[string, number]>; organizations: Array<[string, number]> };
}

/** A word's weight where it stands: paper name (A) over reference and type (B) over file name (C) over file text (D). */
const WEIGHT_POINTS: Record<WeightedLexeme['weight'], number> = { A: 8, B: 4, C: 2, D: 1 };
/** A posting is one number: paper × 32 + 16 when it comes from a non-public file + points (at most 8). */
const RESTRICTED = 16;
const NO_DATE = 0;

const dayNumber = (date: string | null): number => (date ? Number(date.replaceAll('-', '')) : NO_DATE);

function counted(values: readonly string[], counts: Int32Array): Array<[string, number]> {
  const pairs: Array<[string, number]> = [];
  counts.forEach((n, code) => n > 0 && pairs.push([values[code]!, n]));
  return pairs.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** Collects the papers (in any order, e.g. in chunks as they are read) for a `PaperIndex`. */
export class PaperIndexBuilder {
  readonly ids: string[] = [];
  readonly days: number[] = [];
  readonly types: number[] = [];
  readonly typeCodes = new ValueCodes();
  readonly nonPublic: boolean[] = [];
  readonly orgStart: number[] = [0];
  readonly orgList: number[] = [];
  readonly orgCodes = new ValueCodes();
  readonly postings = new Map<string, number[]>();

  add(paper: IndexedPaper): void {
    const at = this.keep({
      id: paper.id,
      day: dayNumber(paper.date),
      type: paper.paperType ?? undefined,
      nonPublic: !paper.public,
      organizationIds: [...new Set(paper.organizationIds)],
    });
    // Per lexeme the best weight among what everyone may read, and apart from it among the non-public files.
    const open = new Map<string, number>();
    const restricted = new Map<string, number>();
    const take = (into: Map<string, number>, vector: string, as?: WeightedLexeme['weight']) => {
      for (const { lexeme, weight } of parseTsvector(vector)) into.set(lexeme, Math.max(into.get(lexeme) ?? 0, WEIGHT_POINTS[as ?? weight]));
    };
    take(open, paper.search);
    for (const file of paper.files) {
      take(file.public ? open : restricted, file.words, 'D');
      take(file.public ? open : restricted, file.name, 'C');
    }
    for (const [lexeme, points] of open) this.post(lexeme, at * 32 + points);
    for (const [lexeme, points] of restricted) if ((open.get(lexeme) ?? 0) < points) this.post(lexeme, at * 32 + RESTRICTED + points);
  }

  /** The next paper's facts as an index holds them (its lexemes come by `post`): a paper kept from an index being rebuilt. */
  keep(paper: { id: string; day: number; type: string | undefined; nonPublic: boolean; organizationIds: readonly string[] }): number {
    const at = this.ids.push(paper.id) - 1;
    this.days.push(paper.day);
    this.types.push(paper.type === undefined ? -1 : this.typeCodes.code(paper.type));
    this.nonPublic.push(paper.nonPublic);
    for (const id of paper.organizationIds) this.orgList.push(this.orgCodes.code(id));
    this.orgStart.push(this.orgList.length);
    return at;
  }

  post(lexeme: string, packed: number): void {
    (this.postings.get(lexeme) ?? this.postings.set(lexeme, []).get(lexeme)!).push(packed);
  }

  build(): PaperIndex {
    return new PaperIndex(this);
  }
}

/**
 * Every paper that is not deleted, in memory for the search `/rat/suche` (like the library's
 * catalogue index, docs/performance.md): the lexemes of the paper and of its files with the papers
 * and weights they occur in, the filters' values as codes, and the papers in date order. Non-public
 * papers and the lexemes of non-public files are in it too, marked, so a council member's search is
 * the same pass with the visibility rule of policies.ts applied per paper. Rebuilt after a change.
 */
export class PaperIndex {
  readonly size: number;
  private readonly ids: string[];
  /** Papers newest first (no date last), then by id: hits are gathered along it. */
  private readonly byDate: Int32Array;
  private readonly days: Int32Array;
  private readonly types: Int32Array;
  private readonly typeCodes: ValueCodes;
  private readonly nonPublic: Uint8Array;
  private readonly orgStart: Int32Array;
  private readonly orgList: Int32Array;
  private readonly orgCodes: ValueCodes;
  private readonly postings: LexemePostings;

  constructor(built: PaperIndexBuilder) {
    this.size = built.ids.length;
    this.ids = built.ids;
    this.days = Int32Array.from(built.days);
    this.byDate = Int32Array.from(built.ids.map((_, at) => at).sort((a, b) => built.days[b]! - built.days[a]! || (built.ids[a]! < built.ids[b]! ? -1 : 1)));
    this.types = Int32Array.from(built.types);
    this.typeCodes = built.typeCodes;
    this.nonPublic = Uint8Array.from(built.nonPublic, Number);
    this.orgStart = Int32Array.from(built.orgStart);
    this.orgList = Int32Array.from(built.orgList);
    this.orgCodes = built.orgCodes;
    this.postings = new LexemePostings(built.postings);
    // Shared by every search (and frozen by the query cache, which would refuse typed arrays inside).
    Object.freeze(this);
  }

  /**
   * This index with the papers `changed` names taken out and `papers` (what they are now; a deleted one
   * is not among them) put in: the kept index's update after a change (load-index.ts). The other
   * papers are copied from memory, not read again.
   */
  replaced(changed: ReadonlySet<string>, papers: readonly IndexedPaper[]): PaperIndex {
    const builder = new PaperIndexBuilder();
    const slotOf = new Int32Array(this.size).fill(-1);
    for (let paper = 0; paper < this.size; paper += 1) {
      if (changed.has(this.ids[paper]!)) continue;
      slotOf[paper] = builder.keep({
        id: this.ids[paper]!,
        day: this.days[paper]!,
        type: this.types[paper]! < 0 ? undefined : this.typeCodes.values[this.types[paper]!],
        nonPublic: this.nonPublic[paper] === 1,
        organizationIds: [...this.orgList.subarray(this.orgStart[paper]!, this.orgStart[paper + 1]!)].map((code) => this.orgCodes.values[code]!),
      });
    }
    this.postings.forEach((lexeme, postings) => {
      for (const packed of postings) {
        const slot = slotOf[packed >>> 5]!;
        if (slot >= 0) builder.post(lexeme, slot * 32 + (packed & 31));
      }
    });
    for (const paper of papers) builder.add(paper);
    return builder.build();
  }

  search(search: PaperIndexSearch): PaperIndexAnswer {
    const readable = this.readableBy(search.viewer);
    const points = search.lexemes ? this.matchLexemes(search.lexemes, readable) : null;
    const wanted = search.organizationIds ? new Set(search.organizationIds.map((id) => this.orgCodes.find(id) ?? -2)) : null;
    const type = search.paperType === undefined ? undefined : (this.typeCodes.find(search.paperType) ?? -2);
    const [from, to] = [search.from ? dayNumber(search.from) : undefined, search.to ? dayNumber(search.to) : undefined];
    const hits: number[] = [];
    for (const paper of this.byDate) {
      if (this.nonPublic[paper] && !readable(paper)) continue;
      if (points && points[paper] === 0) continue;
      if (type !== undefined && this.types[paper] !== type) continue;
      if (wanted && !this.hasOrganization(paper, wanted)) continue;
      if (from !== undefined && (this.days[paper] === NO_DATE || this.days[paper]! < from)) continue;
      if (to !== undefined && (this.days[paper] === NO_DATE || this.days[paper]! > to)) continue;
      hits.push(paper);
    }
    // Array sort is stable: equal points keep the date order.
    if (points && search.sort === 'relevanz') hits.sort((a, b) => points[b]! - points[a]!);
    const page = hits.slice(search.offset, search.offset + search.limit);
    return {
      total: hits.length,
      ids: page.map((paper) => this.ids[paper]!),
      restrictedReadable: page.filter(readable).map((paper) => this.ids[paper]!),
      facets: this.facetsOf(hits),
    };
  }

  /** Whether the viewer may read the paper's non-public parts (policies.ts, maySeeNonPublic). */
  private readableBy(viewer: CouncilViewer): (paper: number) => boolean {
    if (viewer.kind === 'all') return () => true;
    if (viewer.kind === 'public') return () => false;
    const codes = new Set(viewer.organizationIds.flatMap((id) => this.orgCodes.find(id) ?? []));
    return (paper) => this.hasOrganization(paper, codes);
  }

  /** Rank points of each paper that matched every lexeme (as a prefix) in what the viewer may read, 0 for the others. */
  private matchLexemes(lexemes: readonly string[], readable: (paper: number) => boolean): Uint16Array {
    if (lexemes.length === 0) return new Uint16Array(this.size);
    const { count, points } = this.postings.matchEvery(lexemes, this.size, {
      documentOf: (packed) => (packed & RESTRICTED && !readable(packed >>> 5) ? -1 : packed >>> 5),
      pointsOf: (packed) => packed & 15,
    });
    for (let paper = 0; paper < this.size; paper += 1) if (count[paper] !== lexemes.length) points[paper] = 0;
    return points;
  }

  private hasOrganization(paper: number, codes: ReadonlySet<number>): boolean {
    for (let at = this.orgStart[paper]!; at < this.orgStart[paper + 1]!; at += 1) if (codes.has(this.orgList[at]!)) return true;
    return false;
  }

  private facetsOf(hits: readonly number[]): PaperIndexAnswer['facets'] {
    const types = new Int32Array(this.typeCodes.values.length);
    const organizations = new Int32Array(this.orgCodes.values.length);
    for (const paper of hits) {
      if (this.types[paper]! >= 0) types[this.types[paper]!]! += 1;
      for (let at = this.orgStart[paper]!; at < this.orgStart[paper + 1]!; at += 1) organizations[this.orgList[at]!]! += 1;
    }
    return { paperTypes: counted(this.typeCodes.values, types), organizations: counted(this.orgCodes.values, organizations) };
  }
}
