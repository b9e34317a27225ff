import { DatastoreLoadError } from '../load-error';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** How many bytes decide the encoding when there is no byte order mark. */
const SNIFF_BYTES = 64 * 1024;

export const MIXED_ENCODINGS =
  'Die Datei ist nicht durchgehend in UTF-8 kodiert: Sie mischt Zeichensätze. Speichern Sie sie noch einmal als „CSV UTF-8“ und laden Sie sie erneut hoch.';

export const NOT_TEXT = 'Die Datei ist keine Textdatei (sie enthält Binärdaten). Laden Sie die Tabelle als CSV-Datei hoch, z. B. über „Speichern unter … CSV“.';

/**
 * Windows-1252's characters for the bytes 0x80–0x9F (€, „, “, –, …). Node's TextDecoder decodes
 * `windows-1252` as ISO-8859-1 and leaves these as control characters; the five bytes Windows-1252
 * leaves undefined stay as they are.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function fixWindows1252(text: string): string {
  return text.replace(/[\x80-\x9f]/g, (char) => CP1252_HIGH[char.charCodeAt(0) - 0x80]!);
}

/** Valid UTF-8 so far; a character cut at the end passes (`stream`), everything before it must be valid. */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

const isAscii = (bytes: Uint8Array): boolean => bytes.every((byte) => byte < 0x80);

/**
 * The encoding of a file from its first bytes: a byte order mark decides (UTF-8, UTF-16); without one,
 * the first bytes beyond ASCII do: valid UTF-8 is UTF-8, anything else Windows-1252, what Excel writes
 * on German Windows. Null while there were only ASCII bytes (the same in both). A NUL byte outside
 * UTF-16 means a binary file (a spreadsheet or an archive renamed to .csv).
 */
export function sniffEncoding(head: Uint8Array): { encoding: TextEncoding | null; bomLength: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  if (head.includes(0)) throw new DatastoreLoadError(NOT_TEXT);
  if (isAscii(head)) return { encoding: null, bomLength: 0 };
  return { encoding: isUtf8(head) ? 'utf-8' : 'windows-1252', bomLength: 0 };
}

/**
 * Decodes a byte stream into text chunks, deciding the encoding from the first 64 KB, or, when those
 * are plain ASCII, from the first chunk with other bytes. `onBytes` is told every chunk's size (the
 * load's progress). A file that turns out not to be UTF-8 after that, or holds a NUL character
 * (PostgreSQL cannot store one), is refused with a message.
 */
export async function* decodeText(source: AsyncIterable<Buffer>, onBytes: (bytes: number) => void): AsyncGenerator<string> {
  const iterator = source[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let headBytes = 0;
  let done = false;
  while (headBytes < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
    headBytes += next.value.length;
  }
  const first = Buffer.concat(head);
  const sniffed = sniffEncoding(first);
  let encoding = sniffed.encoding;
  let decoder: TextDecoder | null = encoding ? new TextDecoder(encoding, { fatal: encoding === 'utf-8' }) : null;
  const decode = (bytes: Uint8Array, stream: boolean): string => {
    if (!decoder && !isAscii(bytes)) {
      encoding = isUtf8(bytes) ? 'utf-8' : 'windows-1252';
      decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
    }
    let text: string;
    try {
      text = decoder ? decoder.decode(bytes, { stream }) : Buffer.from(bytes).toString('latin1');
    } catch {
      throw new DatastoreLoadError(MIXED_ENCODINGS);
    }
    if (text.includes('\u0000')) throw new DatastoreLoadError(NOT_TEXT);
    return encoding === 'windows-1252' ? fixWindows1252(text) : text;
  };
  onBytes(first.length);
  yield decode(first.subarray(sniffed.bomLength), !done);
  while (!done) {
    const next = await iterator.next();
    if (next.done) break;
    onBytes(next.value.length);
    yield decode(next.value, true);
  }
  const rest = decode(new Uint8Array(0), false);
  if (rest) yield rest;
}
