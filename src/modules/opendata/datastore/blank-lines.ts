const LF = 10;
const CR = 13;
const QUOTE = 34;
const TWO_LF = Buffer.from('\n\n');
const LF_CRLF = Buffer.from('\n\r\n');

/** The next position of `byte` in `data` from `from`, or `data.length`. */
function next(data: Buffer, byte: number, from: number): number {
  const at = data.indexOf(byte, from);
  return at === -1 ? data.length : at;
}

/**
 * Takes the empty lines out of the bytes COPY reads, as csv-parse skips them on PGlite (COPY would read
 * one as a row with missing columns), and keeps where they were: COPY's line numbers count the lines it
 * read, the publisher's those in the file. A line break inside a quoted value is no empty line: the
 * double quotes before it are counted (`""` inside a value counts twice, so an odd count means inside).
 * Chunks go through `remove` in order and must not end in a line break (copy-bytes.ts holds those back).
 */
export class BlankLines {
  /** Lines COPY has seen so far (line breaks passed on), and whether they end inside a quoted value. */
  private lines = 0;
  private quoted = false;
  /** Per removal: after which of COPY's lines, and how many lines the file had there. */
  private readonly removed: Array<{ afterLine: number; count: number }> = [];

  remove(data: Buffer): Buffer {
    const kept: Buffer[] = [];
    let keptFrom = 0;
    let counted = 0; // lines and quotes are counted in data[0, counted)
    for (let at = this.nextCandidate(data, 0); at !== -1; at = this.nextCandidate(data, at + 1)) {
      this.count(data, counted, at + 1);
      counted = at + 1;
      let end = at + 1;
      let emptyLines = 0;
      for (; end < data.length && (data[end] === LF || data[end] === CR); end += 1) if (data[end] === LF) emptyLines += 1;
      if (this.quoted) continue;
      kept.push(data.subarray(keptFrom, at + 1));
      keptFrom = end;
      this.removed.push({ afterLine: this.lines, count: emptyLines });
      // The removed bytes are line breaks only: nothing to count in them.
      counted = end;
      at = end - 1;
    }
    this.count(data, counted, data.length);
    if (keptFrom === 0) return data;
    kept.push(data.subarray(keptFrom));
    return Buffer.concat(kept);
  }

  /** The line in the file (from the header) of COPY's line. */
  fileLine(copyLine: number): number {
    return this.removed.reduce((line, removal) => (removal.afterLine < copyLine ? line + removal.count : line), copyLine);
  }

  /** A line break followed by another (`\n\n`, `\n\r\n`): the start of empty lines, unless quoted. */
  private nextCandidate(data: Buffer, from: number): number {
    const lf = data.indexOf(TWO_LF, from);
    const crlf = data.indexOf(LF_CRLF, from);
    return lf === -1 ? crlf : crlf === -1 ? lf : Math.min(lf, crlf);
  }

  private count(data: Buffer, from: number, to: number): void {
    for (let at = next(data, LF, from); at < to; at = next(data, LF, at + 1)) this.lines += 1;
    // A byte loop: ten million quotes (a file with every value quoted) take about 0.1 s.
    for (let at = next(data, QUOTE, from); at < to; at += 1) if (data[at] === QUOTE) this.quoted = !this.quoted;
  }
}
