import { composed, isControlTag, type MarcField, type MarcRecord, type ReadResult } from './record';

/** ISO 2709's separators as MARC 21 uses them. */
const RECORD_END = 0x1d;
const FIELD_END = 0x1e;
const SUBFIELD = 0x1f;
const LEADER_LENGTH = 24;
/** The leader's five digits cannot say more; a "record" longer than that has lost its terminator. */
const MAX_RECORD_BYTES = 99_999;

const utf8 = new TextDecoder('utf-8', { fatal: true });

class RecordError extends Error {}

/**
 * Reads ISO 2709 (binary MARC 21) record by record from a byte stream: only the record being read is
 * held, so a file of any size takes the memory of one record. Records are split at their terminator
 * and then checked against their own lengths, so one record with a wrong length is reported and
 * skipped while the next ones are still found. Line breaks between records (some exports add them)
 * are ignored.
 */
export async function* readIso2709(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<ReadResult> {
  let pending: Buffer = Buffer.alloc(0);
  let number = 0;
  let discarding = false;
  for await (const chunk of chunks) {
    pending = pending.length === 0 ? Buffer.from(chunk) : Buffer.concat([pending, chunk]);
    let start = 0;
    for (let end = pending.indexOf(RECORD_END, start); end !== -1; end = pending.indexOf(RECORD_END, start)) {
      const bytes = trimLineBreaks(pending.subarray(start, end));
      start = end + 1;
      if (discarding) {
        discarding = false;
        continue;
      }
      if (bytes.length > 0) yield parseCounted(bytes, ++number);
    }
    pending = pending.subarray(start);
    if (!discarding && pending.length > MAX_RECORD_BYTES) {
      yield { ok: false, number: ++number, message: `Kein Satzende nach ${MAX_RECORD_BYTES} Bytes: der Satz ist beschädigt und wird übersprungen.` };
      discarding = true;
    }
    if (discarding) pending = Buffer.alloc(0);
  }
  const rest = trimLineBreaks(pending);
  if (rest.length > 0 && !discarding) {
    yield { ok: false, number: ++number, message: `Die Datei endet mitten im Satz (${rest.length} Bytes ohne Satzende): sie ist abgeschnitten.` };
  }
}

function trimLineBreaks(bytes: Buffer): Buffer {
  let from = 0;
  let to = bytes.length;
  while (from < to && (bytes[from] === 0x0a || bytes[from] === 0x0d)) from++;
  while (to > from && (bytes[to - 1] === 0x0a || bytes[to - 1] === 0x0d)) to--;
  return bytes.subarray(from, to);
}

function parseCounted(bytes: Buffer, number: number): ReadResult {
  try {
    return { ok: true, number, record: parseIso2709Record(bytes) };
  } catch (error) {
    if (error instanceof RecordError) return { ok: false, number, message: error.message };
    throw error;
  }
}

function digits(text: string, what: string): number {
  if (!/^\d+$/.test(text)) throw new RecordError(`${what} ist keine Zahl („${text}“).`);
  return Number(text);
}

/**
 * One record without its terminator. The leader's length, base address and every directory entry
 * are checked against the bytes; the encoding follows leader/09: "a" is UTF-8; blank is MARC-8,
 * which is read only while it is plain ASCII (where both agree) and refused otherwise.
 */
export function parseIso2709Record(bytes: Buffer): MarcRecord {
  if (bytes.length < LEADER_LENGTH + 1) throw new RecordError(`Der Satz ist zu kurz für einen Leader (${bytes.length} Bytes).`);
  const leader = bytes.toString('latin1', 0, LEADER_LENGTH);
  const declared = digits(leader.slice(0, 5), 'Die Satzlänge im Leader');
  if (declared !== bytes.length + 1) {
    throw new RecordError(`Die Satzlänge im Leader (${declared}) stimmt nicht mit der tatsächlichen Länge (${bytes.length + 1} Bytes) überein.`);
  }
  const decode = decoderFor(leader[9] ?? ' ', bytes);
  const base = digits(leader.slice(12, 17), 'Die Basisadresse im Leader');
  if (base <= LEADER_LENGTH || base > bytes.length || bytes[base - 1] !== FIELD_END || (base - 1 - LEADER_LENGTH) % 12 !== 0) {
    throw new RecordError(`Das Verzeichnis endet nicht an der Basisadresse ${base}.`);
  }
  const fields: MarcField[] = [];
  for (let entry = LEADER_LENGTH; entry < base - 1; entry += 12) {
    const tag = bytes.toString('latin1', entry, entry + 3);
    const length = digits(bytes.toString('latin1', entry + 3, entry + 7), `Die Länge von Feld ${tag}`);
    const from = base + digits(bytes.toString('latin1', entry + 7, entry + 12), `Der Anfang von Feld ${tag}`);
    if (length < 1 || from + length > bytes.length || bytes[from + length - 1] !== FIELD_END) {
      throw new RecordError(`Feld ${tag} liegt laut Verzeichnis außerhalb des Satzes oder endet nicht mit dem Feldende.`);
    }
    fields.push(readField(tag, bytes.subarray(from, from + length - 1), decode));
  }
  return { leader, fields };
}

function readField(tag: string, bytes: Buffer, decode: (bytes: Buffer) => string): MarcField {
  if (isControlTag(tag)) return { tag, value: decode(bytes) };
  if (bytes.length < 2) throw new RecordError(`Feld ${tag} hat keine Indikatoren.`);
  const subfields: Array<[string, string]> = [];
  let at = bytes.indexOf(SUBFIELD, 2);
  while (at !== -1) {
    const next = bytes.indexOf(SUBFIELD, at + 1);
    const part = bytes.subarray(at + 1, next === -1 ? bytes.length : next);
    if (part.length > 0) subfields.push([String.fromCharCode(part[0]!), decode(part.subarray(1))]);
    at = next;
  }
  return { tag, ind1: String.fromCharCode(bytes[0]!), ind2: String.fromCharCode(bytes[1]!), subfields };
}

function decoderFor(scheme: string, bytes: Buffer): (bytes: Buffer) => string {
  if (scheme === 'a') {
    return (part) => {
      try {
        return clean(utf8.decode(part));
      } catch {
        throw new RecordError('Der Satz ist laut Leader/09 in UTF-8 codiert, enthält aber ungültige UTF-8-Bytes.');
      }
    };
  }
  if (scheme === ' ') {
    if (bytes.some((byte) => byte >= 0x80 || byte === 0x1b)) {
      throw new RecordError(
        'Der Satz ist in MARC-8 codiert (Leader/09 leer) und enthält Sonderzeichen; MARC-8 wird nicht gelesen. Exportieren Sie den Katalog in UTF-8 (Leader/09 „a“).',
      );
    }
    return (part) => clean(part.toString('latin1'));
  }
  throw new RecordError(`Unbekannte Zeichencodierung in Leader/09 („${scheme}“).`);
}

/** Composed characters (MARC often stores "é" as e + accent), and no NUL, which PostgreSQL cannot keep. */
function clean(text: string): string {
  if (text.includes('\u0000')) throw new RecordError('Der Satz enthält ein NUL-Zeichen.');
  return composed(text);
}

export { RecordError };
