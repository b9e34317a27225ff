import { inflateSync } from 'node:zlib';

/**
 * The streams of a pdfkit PDF, inflated (pdfkit compresses every stream with Flate). Streams that do
 * not inflate (some images) are left out, or kept as they are with `keepRaw`.
 */
export function pdfStreams(pdf: Buffer, { keepRaw = false } = {}): string[] {
  const raw = pdf.toString('latin1');
  const streams: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    try {
      streams.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      if (keepRaw) streams.push(pdf.subarray(start, end).toString('latin1'));
    }
  }
  return streams;
}

/**
 * Everything a person (or a screen reader, or a search) can read out of a pdfkit PDF: the page text
 * decoded through each font's ToUnicode map, the metadata (Info dictionary and XMP) and every
 * inflated stream. pdfkit compresses its streams with Flate, so a plain string search finds nothing.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const streams = pdfStreams(pdf, { keepRaw: true });
  const maps = streams
    .filter((stream) => stream.includes('begincmap'))
    .map((cmap) => {
      const map = new Map<number, string>();
      for (const [, first, list] of cmap.matchAll(/<([0-9a-f]{4})> <[0-9a-f]{4}> \[([^\]]*)\]/g)) {
        [...list!.matchAll(/<([0-9a-f]+)>/g)].forEach(([, hex], index) => map.set(parseInt(first!, 16) + index, String.fromCodePoint(parseInt(hex!, 16))));
      }
      return map;
    });
  const content = streams.filter((stream) => / Tf\b/.test(stream)).join('\n');
  const runs = [...content.matchAll(/\[([^\]]*)\] TJ/g)].map(([, array]) => [...array!.matchAll(/<([0-9a-f]+)>/g)].map(([, hex]) => hex!).join(''));
  const pageText = maps.map((map) => runs.map((hex) => (hex.match(/.{4}/g) ?? []).map((glyph) => map.get(parseInt(glyph, 16)) ?? '').join('')).join('\n'));
  // Info dictionary strings are UTF-16BE hex (<FEFF…>) or literal strings outside the streams.
  const utf16 = [...raw.matchAll(/<FEFF([0-9A-Fa-f]+)>/g)].map(([, hex]) => Buffer.from(hex!, 'hex').swap16().toString('utf16le'));
  return [...pageText, ...utf16, ...streams, raw].join('\n');
}

/** Only the page text and metadata (no font programs): for asserting what the document says. */
export function pdfReadableText(pdf: Buffer): string {
  const all = pdfText(pdf);
  return all.slice(0, all.indexOf(pdf.toString('latin1')));
}
