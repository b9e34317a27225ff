import { isAscii } from 'node:buffer';
import type { BlankLines } from './blank-lines';
import { fixWindows1252, isUtf8 } from './csv/decode';
import { countNewlines } from './csv/raw-head';

export interface CopyBytesSource {
  /** The head's bytes without byte order mark and `sep=` line: from the header on. */
  start: Buffer;
  /** The chunks after the head; null when the head was the whole file. */
  rest: AsyncIterator<Buffer> | null;
  /**
   * Whether the encoding is still open: the head was plain ASCII, and COPY reads UTF-8. The first
   * chunk with other bytes decides, as decode.ts does: valid UTF-8 passes, anything else is read as
   * Windows-1252 and converted to UTF-8 here.
   */
  encodingOpen: boolean;
  /** Takes out empty lines between the rows, and knows where they were (for COPY's line numbers). */
  blankLines: BlankLines;
  /** Told every chunk's size in the file and the line breaks in it, before COPY gets it (the load's progress). */
  onChunk: (bytes: number, lineBreaks: number) => Promise<void>;
}

const isLineBreak = (byte: number) => byte === 10 || byte === 13;

/**
 * The bytes COPY reads: the file as it is, but for the late decision on the encoding and the empty
 * lines, which csv-parse skips and COPY would read as a row with missing columns: those between rows
 * go (blank-lines.ts), and those at the end, because the line breaks at the end of each chunk are
 * held back until more than line breaks follows.
 */
export async function* copyBytes(source: CopyBytesSource): AsyncGenerator<Buffer> {
  let held: Buffer = Buffer.alloc(0);
  let encodingOpen = source.encodingOpen;
  let windows1252: TextDecoder | null = null;
  const prepare = (chunk: Buffer): Buffer => {
    if (encodingOpen && !isAscii(chunk)) {
      encodingOpen = false;
      if (!isUtf8(chunk)) windows1252 = new TextDecoder('windows-1252');
    }
    return windows1252 ? Buffer.from(fixWindows1252(windows1252.decode(chunk, { stream: true }))) : chunk;
  };
  const emit = (chunk: Buffer): Buffer | null => {
    let end = chunk.length;
    while (end > 0 && isLineBreak(chunk[end - 1]!)) end -= 1;
    if (end === 0) {
      held = Buffer.concat([held, chunk]);
      return null;
    }
    const out = held.length > 0 ? Buffer.concat([held, chunk.subarray(0, end)]) : chunk.subarray(0, end);
    held = chunk.subarray(end);
    return source.blankLines.remove(out);
  };
  await source.onChunk(0, countNewlines(source.start));
  const first = emit(prepare(source.start));
  if (first) yield first;
  if (!source.rest) return;
  for (let next = await source.rest.next(); !next.done; next = await source.rest.next()) {
    await source.onChunk(next.value.length, countNewlines(next.value));
    const out = emit(prepare(next.value));
    if (out) yield out;
  }
}
