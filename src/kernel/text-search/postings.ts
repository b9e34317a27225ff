/**
 * The parts of a full-text index kept in memory (the library's catalogue, the council's papers;
 * docs/performance.md): lexemes with their postings, found by prefix as `to_tsquery('word:*')` finds
 * them, and small codes for filter values with few distinct members.
 */

/** Values with few distinct members (languages, subjects, paper types) as small codes. */
export class ValueCodes {
  readonly values: string[] = [];
  private readonly codes = new Map<string, number>();
  code(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) this.codes.set(value, (code = this.values.push(value) - 1));
    return code;
  }
  find(value: string): number | undefined {
    return this.codes.get(value);
  }
}

/** How an index packed its postings: a posting's document (-1 to skip it, e.g. for a viewer who may not read it) and its points. */
export interface PostingFormat {
  documentOf: (packed: number) => number;
  pointsOf: (packed: number) => number;
}

/**
 * Every lexeme with its postings (one number each, packed by the index: document and points, and
 * whatever else the index needs), the lexemes sorted so that those with a prefix are one range.
 */
export class LexemePostings {
  private readonly lexemes: string[];
  private readonly start: Int32Array;
  private readonly postings: Int32Array;

  constructor(byLexeme: ReadonlyMap<string, readonly number[]>) {
    this.lexemes = [...byLexeme.keys()].sort();
    this.start = new Int32Array(this.lexemes.length + 1);
    let total = 0;
    this.lexemes.forEach((lexeme, at) => (this.start[at + 1] = total += byLexeme.get(lexeme)!.length));
    this.postings = new Int32Array(total);
    let next = 0;
    for (const lexeme of this.lexemes) for (const packed of byLexeme.get(lexeme)!) this.postings[next++] = packed;
  }

  /**
   * For each of `size` documents, how many of the lexemes (each as a prefix) it matched, in turn (a
   * document counts for the k-th only when it matched the ones before), and its rank points: per
   * lexeme the points of its best posting, summed. A document matched them all when its count is
   * `lexemes.length`.
   */
  matchEvery(lexemes: readonly string[], size: number, { documentOf, pointsOf }: PostingFormat): { count: Uint8Array; points: Uint16Array } {
    const count = new Uint8Array(size);
    const points = new Uint16Array(size);
    const best = new Uint8Array(size);
    lexemes.forEach((prefix, k) => {
      const reached: number[] = [];
      for (let lexeme = this.firstWithPrefix(prefix); lexeme < this.lexemes.length && this.lexemes[lexeme]!.startsWith(prefix); lexeme += 1) {
        for (let at = this.start[lexeme]!; at < this.start[lexeme + 1]!; at += 1) {
          const packed = this.postings[at]!;
          const document = documentOf(packed);
          if (document < 0) continue;
          const weight = pointsOf(packed);
          if (count[document] === k) {
            count[document] = k + 1;
            best[document] = weight;
            reached.push(document);
          } else if (count[document] === k + 1 && weight > best[document]!) best[document] = weight;
        }
      }
      for (const document of reached) points[document]! += best[document]!;
    });
    return { count, points };
  }

  /** Every lexeme with its postings (a view, not a copy): what an index copies when it is rebuilt with some documents changed. */
  forEach(callback: (lexeme: string, postings: Int32Array) => void): void {
    this.lexemes.forEach((lexeme, at) => callback(lexeme, this.postings.subarray(this.start[at]!, this.start[at + 1]!)));
  }

  private firstWithPrefix(prefix: string): number {
    let low = 0;
    let high = this.lexemes.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.lexemes[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
