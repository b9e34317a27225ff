import { SAMPLE_ROWS } from './read-csv';

/** At least this much is read before the encoding is sniffed (as decode.ts does with a whole stream). */
const MIN_HEAD_BYTES = 64 * 1024;
/** A head never grows beyond this, whatever the lines' length: the rows after it come with the rest. */
const MAX_HEAD_BYTES = 16 * 1024 * 1024;

export interface RawHead {
  /** The file's first bytes, as read: enough lines for the header and the sample, unless the file ends before. */
  bytes: Buffer;
  /** Whether `bytes` is the whole file. */
  ended: boolean;
  /** The chunks after the head. */
  rest: AsyncIterator<Buffer>;
}

function countNewlines(chunk: Buffer): number {
  let count = 0;
  for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) count += 1;
  return count;
}

/**
 * Reads the first bytes of a file, unparsed, for PostgreSQL's COPY: the header and the sample are
 * parsed from them in JS, and the same bytes, then the rest, go to COPY. Stops after the lines of
 * the header and the sample (plus a margin for a `sep=` line and a cut last line).
 */
export async function readRawHead(source: AsyncIterable<Buffer>): Promise<RawHead> {
  const rest = source[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let bytes = 0;
  let lines = 0;
  while (bytes < MAX_HEAD_BYTES && (bytes < MIN_HEAD_BYTES || lines < SAMPLE_ROWS + 3)) {
    const next = await rest.next();
    if (next.done) return { bytes: Buffer.concat(chunks), ended: true, rest };
    chunks.push(next.value);
    bytes += next.value.length;
    lines += countNewlines(next.value);
  }
  return { bytes: Buffer.concat(chunks), ended: false, rest };
}

/**
 * The part of a head that holds only whole lines: up to its last line break. The sample is parsed
 * from it; a quoted value that spans that break fails only if the sample needs the rows after it.
 */
export function wholeLines(head: RawHead): Buffer {
  if (head.ended) return head.bytes;
  const lastBreak = head.bytes.lastIndexOf(10);
  return lastBreak === -1 ? head.bytes : head.bytes.subarray(0, lastBreak + 1);
}

export { countNewlines };
