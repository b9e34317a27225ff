import { LexemePostings, parseTsvector, ValueCodes, type WeightedLexeme } from '../../../kernel/text-search';
import { YEAR_RANGES, type CatalogueSort, type YearRange } from '../schemas';
import { MEDIA_TYPES, type MediaType } from '../tables';
import { NONE, orderedByKey, ranked } from './index-orders';

/** A record as the index reads it: what filters, facets, ranking and the A–Z order need. */
export interface IndexedRecord {
  id: string;
  title: string;
  subtitle: string;
  mediaType: MediaType;
  year: number | null;
  language: string | null;
  subjects: readonly string[];
  isbns: readonly string[];
  /** The record's `search` tsvector in PostgreSQL's text form. */
  search: string;
}

/** What a search asks of the index: the words' lexemes (each needed, as a prefix), or an ISBN, and the filters. */
export interface IndexSearch {
  /** Null: no words (the filters alone); empty: only words that are no lexemes (stop words), so nothing. */
  lexemes: readonly string[] | null;
  isbn?: string | undefined;
  mediaType?: MediaType | undefined;
  years?: YearRange | undefined;
  language?: string | undefined;
  subject?: string | undefined;
  sort: CatalogueSort;
  offset: number;
  limit: number;
}

export interface IndexFacets {
  mediaTypes: Array<[MediaType, number]>;
  years: Array<[YearRange, number]>;
  languages: Array<[string, number]>;
  subjects: Array<[string, number]>;
}

export interface IndexAnswer {
  total: number;
  /** The page's record ids, in the asked order. */
  ids: string[];
  facets: IndexFacets;
}

/** Subjects shown in the facet, the most frequent among the hits. */
const SUBJECTS_SHOWN = 12;
const YEAR_KEYS = Object.keys(YEAR_RANGES) as YearRange[];
/** How much a matched word counts by where it stands: title (A) over authors and series (B) over subjects and summary (C). */
const WEIGHT_POINTS: Record<WeightedLexeme['weight'], number> = { A: 8, B: 4, C: 2, D: 1 };

function yearRangeOf(year: number | null): number {
  if (year === null) return NONE;
  return YEAR_KEYS.findIndex((key) => {
    const [from, to] = YEAR_RANGES[key];
    return (from === null || year >= from) && (to === null || year <= to);
  });
}

/** The catalogue's A–Z order: title, subtitle (the root collation, as the database's "und-x-icu"), id. */
const collator = new Intl.Collator('und');

/**
 * Collects the records (in any order, e.g. in chunks as they are read) for a `CatalogueIndex`; only
 * the index keeps what it needs, so a record's search text is dropped once its lexemes are taken.
 */
export class CatalogueIndexBuilder {
  readonly ids: string[] = [];
  readonly sortKeys: Array<[string, string]> = [];
  readonly mediaType: number[] = [];
  readonly year: number[] = [];
  readonly language: number[] = [];
  readonly languages = new ValueCodes();
  readonly subjectStart: number[] = [0];
  readonly subjectCodes: number[] = [];
  readonly subjects = new ValueCodes();
  readonly isbns = new Map<string, number[]>();
  /** Lexeme → record and points in one number each (points fit in 4 bits). */
  readonly postings = new Map<string, number[]>();

  add(record: IndexedRecord): void {
    const at = this.ids.push(record.id) - 1;
    this.sortKeys.push([record.title, record.subtitle]);
    this.mediaType.push(MEDIA_TYPES.indexOf(record.mediaType));
    this.year.push(record.year ?? NONE);
    this.language.push(record.language === null ? NONE : this.languages.code(record.language));
    for (const subject of record.subjects) this.subjectCodes.push(this.subjects.code(subject));
    this.subjectStart.push(this.subjectCodes.length);
    for (const isbn of record.isbns) (this.isbns.get(isbn) ?? this.isbns.set(isbn, []).get(isbn)!).push(at);
    for (const { lexeme, weight } of parseTsvector(record.search)) {
      (this.postings.get(lexeme) ?? this.postings.set(lexeme, []).get(lexeme)!).push(at * 16 + WEIGHT_POINTS[weight]);
    }
  }

  build(): CatalogueIndex {
    return new CatalogueIndex(this);
  }
}

/**
 * The catalogue's records in memory for search: facet values as small codes, the full-text index
 * (each lexeme of the records' `search` column with the records and weights it occurs in), and the
 * A–Z order. A search is then a pass over typed arrays instead of reading and ranking every hit in
 * the database, which on PGlite at 100,000 records cost 50–80 ms for a common word
 * (docs/performance.md). Rebuilt when a record changes.
 */
export class CatalogueIndex {
  readonly size: number;
  private readonly ids: string[];
  /** Records in A–Z order: hits are gathered along it, so every order starts from A–Z. */
  private readonly byTitle: Int32Array;
  private readonly mediaType: Uint8Array;
  private readonly year: Int16Array;
  private readonly yearRange: Int8Array;
  private readonly language: Int32Array;
  private readonly languages: ValueCodes;
  private readonly subjectStart: Int32Array;
  private readonly subjectCodes: Int32Array;
  private readonly subjects: ValueCodes;
  private readonly isbns: Map<string, number[]>;
  /** Each lexeme's records and points, packed as record × 16 + points (points fit in 4 bits). */
  private readonly postings: LexemePostings;

  constructor(built: CatalogueIndexBuilder) {
    this.size = built.ids.length;
    this.ids = built.ids;
    const keys = built.sortKeys;
    this.byTitle = Int32Array.from(
      keys
        .map((_, at) => at)
        .sort((a, b) => collator.compare(keys[a]![0], keys[b]![0]) || collator.compare(keys[a]![1], keys[b]![1]) || (built.ids[a]! < built.ids[b]! ? -1 : 1)),
    );
    this.mediaType = Uint8Array.from(built.mediaType);
    this.year = Int16Array.from(built.year);
    this.yearRange = Int8Array.from(built.year, (year) => yearRangeOf(year === NONE ? null : year));
    this.language = Int32Array.from(built.language);
    this.languages = built.languages;
    this.subjectStart = Int32Array.from(built.subjectStart);
    this.subjectCodes = Int32Array.from(built.subjectCodes);
    this.subjects = built.subjects;
    this.isbns = built.isbns;
    this.postings = new LexemePostings(built.postings);
    // Shared by every search (and frozen by the query cache, which would refuse typed arrays inside).
    Object.freeze(this);
  }

  /** The page, the total and the facets of one search. */
  search(search: IndexSearch): IndexAnswer {
    const { hits, points } = this.matching(search);
    const facets = this.facetsOf(hits);
    const ordered =
      search.sort === 'titel' || (search.sort === 'relevanz' && !points)
        ? hits
        : search.sort === 'relevanz'
          ? orderedByKey(hits, (record) => points![record]!, true)
          : orderedByKey(hits, (record) => this.year[record]!, search.sort === 'neueste');
    const page = ordered.subarray(search.offset, search.offset + search.limit);
    return { total: hits.length, ids: Array.from(page, (record) => this.ids[record]!), facets };
  }

  /** The records every lexeme matches (as a prefix) and the filters allow, in A–Z order, with their rank points. */
  private matching(search: IndexSearch): { hits: Int32Array; points: Uint16Array | null } {
    let candidates: ((record: number) => boolean) | null = null;
    let points: Uint16Array | null = null;
    if (search.isbn !== undefined) {
      const found = new Set(this.isbns.get(search.isbn) ?? []);
      candidates = (record) => found.has(record);
    } else if (search.lexemes) {
      const matched = this.matchLexemes(search.lexemes);
      points = matched.points;
      candidates = (record) => matched.count[record] === search.lexemes!.length && search.lexemes!.length > 0;
    }
    const mediaType = search.mediaType ? MEDIA_TYPES.indexOf(search.mediaType) : NONE;
    const yearRange = search.years ? YEAR_KEYS.indexOf(search.years) : NONE;
    const language = search.language === undefined ? NONE : (this.languages.find(search.language) ?? -2);
    const subject = search.subject === undefined ? NONE : (this.subjects.find(search.subject) ?? -2);
    const hits: number[] = [];
    for (const record of this.byTitle) {
      if (candidates && !candidates(record)) continue;
      if (mediaType !== NONE && this.mediaType[record] !== mediaType) continue;
      if (yearRange !== NONE && this.yearRange[record] !== yearRange) continue;
      if (language !== NONE && this.language[record] !== language) continue;
      if (subject !== NONE && !this.hasSubject(record, subject)) continue;
      hits.push(record);
    }
    return { hits: Int32Array.from(hits), points };
  }

  /** For each record, how many of the lexemes it matched (in turn), and its rank points: per lexeme the weight of its best match. */
  private matchLexemes(lexemes: readonly string[]): { count: Uint8Array; points: Uint16Array } {
    return this.postings.matchEvery(lexemes, this.size, { documentOf: (packed) => Math.floor(packed / 16), pointsOf: (packed) => packed % 16 });
  }

  private hasSubject(record: number, subject: number): boolean {
    for (let at = this.subjectStart[record]!; at < this.subjectStart[record + 1]!; at += 1) if (this.subjectCodes[at] === subject) return true;
    return false;
  }

  private facetsOf(hits: Int32Array): IndexFacets {
    const mediaTypes = new Int32Array(MEDIA_TYPES.length);
    const years = new Int32Array(YEAR_KEYS.length);
    const languages = new Int32Array(this.languages.values.length);
    const subjects = new Int32Array(this.subjects.values.length);
    for (const record of hits) {
      mediaTypes[this.mediaType[record]!]! += 1;
      if (this.yearRange[record] !== NONE) years[this.yearRange[record]!]! += 1;
      if (this.language[record] !== NONE) languages[this.language[record]!]! += 1;
      for (let at = this.subjectStart[record]!; at < this.subjectStart[record + 1]!; at += 1) subjects[this.subjectCodes[at]!]! += 1;
    }
    return {
      mediaTypes: ranked(MEDIA_TYPES, mediaTypes),
      years: ranked(YEAR_KEYS, years).sort((a, b) => (a[0] < b[0] ? -1 : 1)),
      languages: ranked(this.languages.values, languages),
      subjects: ranked(this.subjects.values, subjects, SUBJECTS_SHOWN),
    };
  }
}
