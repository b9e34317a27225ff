import { readIso2709 } from './iso2709';
import { readMarcXml } from './marcxml';
import type { ReadResult } from './record';

export type MarcFormat = 'marcxml' | 'iso2709';

/** Blanks, line breaks and the UTF-8 byte order mark may come before either format's first byte. */
const SKIPPED = new Set([0x20, 0x09, 0x0a, 0x0d, 0xef, 0xbb, 0xbf]);

/**
 * Reads MARC 21 from a byte stream in whichever format it is: XML when its first byte that is not
 * blank (or a byte order mark) is "<", ISO 2709 otherwise. The chunks read to decide are handed on,
 * so nothing is read twice and nothing is held beyond them.
 */
export async function* readMarc(chunks: AsyncIterable<Uint8Array>, onFormat?: (format: MarcFormat) => void): AsyncGenerator<ReadResult> {
  const iterator = chunks[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let first: number | undefined;
  while (first === undefined) {
    const next = await iterator.next();
    if (next.done) break;
    head.push(next.value);
    first = next.value.find((byte) => !SKIPPED.has(byte));
  }
  const format: MarcFormat = first === 0x3c ? 'marcxml' : 'iso2709';
  onFormat?.(format);
  const rest = replayed(head, iterator);
  yield* format === 'marcxml' ? readMarcXml(rest) : readIso2709(rest);
}

async function* replayed(head: Uint8Array[], iterator: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield* head;
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
}
