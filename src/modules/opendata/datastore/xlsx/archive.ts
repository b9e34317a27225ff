import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { DatastoreLoadError } from '../load-error';
import type { NumberKind } from './number-formats';
import { readStyles, readWorkbook, readWorksheetTargets, sharedStringsCollector } from './workbook-parts';
import { xmlParser } from './xml';

/** The parts of the workbook the first worksheet's rows are read with. */
export interface XlsxParts {
  /** The first worksheet's XML, spooled to a file in the load's temporary folder. */
  sheetFile: string;
  sharedStrings: string[];
  styles: NumberKind[];
  date1904: boolean;
}

// The usual part names (every Excel, LibreOffice and library we know writes them so); the relationship
// files would allow others, which we do not follow.
const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const STYLES = 'xl/styles.xml';
const SHARED_STRINGS = 'xl/sharedStrings.xml';
const SMALL_PARTS = [WORKBOOK, WORKBOOK_RELS, STYLES];
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
/** workbook.xml, its relationships and styles.xml are small; a larger one is not a spreadsheet we can read. */
const MAX_SMALL_PART = 16 * 1024 * 1024;

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const COMPOUND_FILE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');
const startsWith = (head: Uint8Array, signature: number[]) => signature.every((byte, index) => head[index] === byte);

const DAMAGED =
  'Die XLSX-Datei ist beschädigt (das ZIP-Archiv ist unvollständig oder fehlerhaft). Öffnen Sie sie in Excel oder LibreOffice und speichern Sie sie erneut.';
const NO_WORKBOOK =
  'Die Datei ist keine Excel-Arbeitsmappe: Das ZIP-Archiv enthält keine Arbeitsmappe (xl/workbook.xml). Laden Sie die Tabelle als XLSX oder CSV hoch.';
const NO_SHEET = 'Die Arbeitsmappe enthält kein Tabellenblatt. Legen Sie die Daten auf das erste Tabellenblatt und laden Sie die Datei erneut hoch.';

/**
 * Not a zip. A compound file (OLE) is either an Office file protected by a password to open (it holds
 * an `EncryptionInfo` stream, named in its directory, which may sit anywhere: the rest is scanned) or
 * the old binary format (.xls).
 */
async function notAZip(head: Buffer, rest: AsyncIterator<Buffer>): Promise<DatastoreLoadError> {
  if (!startsWith(head, COMPOUND_FILE_SIGNATURE)) {
    return new DatastoreLoadError(
      'Die Datei ist keine XLSX-Datei (kein ZIP-Archiv). Prüfen Sie das angegebene Format oder laden Sie die Tabelle als XLSX oder CSV hoch.',
    );
  }
  let window = head;
  let encrypted = window.includes(ENCRYPTION_INFO);
  for (let next = await rest.next(); !encrypted && !next.done; next = await rest.next()) {
    window = Buffer.concat([window.subarray(-ENCRYPTION_INFO.length), next.value]);
    encrypted = window.includes(ENCRYPTION_INFO);
  }
  return new DatastoreLoadError(
    encrypted
      ? 'Die XLSX-Datei ist mit einem Kennwort verschlüsselt. Speichern Sie sie ohne Kennwort (in Excel: Datei › Informationen › Arbeitsmappe schützen) und laden Sie sie erneut hoch.'
      : 'Die Datei ist im alten Excel-Format (.xls). Speichern Sie sie als „Excel-Arbeitsmappe (.xlsx)“ oder als CSV und laden Sie sie erneut hoch.',
  );
}

/** A small part's bytes, refused beyond MAX_SMALL_PART. */
class SmallPart {
  private readonly chunks: Buffer[] = [];
  private size = 0;
  done = false;
  constructor(private readonly name: string) {}
  push(bytes: Uint8Array, final: boolean): void {
    this.size += bytes.length;
    if (this.size > MAX_SMALL_PART) throw new DatastoreLoadError(`Die XLSX-Datei ist ungewöhnlich aufgebaut: ${this.name} ist größer als 16 MB.`);
    this.chunks.push(Buffer.from(bytes));
    this.done = final;
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

/**
 * Reads an XLSX archive as it streams (fflate's Unzip: never the whole file in memory). Excel writes the
 * worksheets before sharedStrings.xml and styles.xml, so a worksheet's rows cannot be read as they
 * arrive: its XML is spooled to a file in `folder` and read after the archive ends. Once the workbook
 * has said which worksheet is the first, only that one is spooled; before, every worksheet is (rare:
 * Excel and LibreOffice write the workbook first). Parts we do not need are inflated and dropped, as
 * fflate would otherwise keep their bytes. `onBytes` is told every chunk read (the load's progress).
 */
export async function readXlsxArchive(source: AsyncIterable<Buffer>, folder: string, onBytes: (bytes: number) => Promise<void>): Promise<XlsxParts> {
  const small = new Map<string, SmallPart>();
  const shared = sharedStringsCollector();
  const sharedParser = xmlParser('Die Tabelle der Texte (sharedStrings.xml)', shared.handlers);
  const sharedDecoder = new TextDecoder();
  const spools = new Map<string, { file: string; stream: WriteStream }>();
  let firstSheet: string | null | undefined;
  let failure: unknown = null;

  /** The first worksheet's path, once workbook.xml and its relationships are complete (undefined before, null if there is none). */
  const knownFirstSheet = (): string | null | undefined => {
    if (firstSheet !== undefined) return firstSheet;
    const workbook = small.get(WORKBOOK);
    const rels = small.get(WORKBOOK_RELS);
    if (!workbook?.done || !rels?.done) return undefined;
    const targets = readWorksheetTargets(rels.text(), 'xl/');
    firstSheet =
      readWorkbook(workbook.text())
        .sheetIds.map((id) => targets.get(id))
        .find((target) => target !== undefined) ?? null;
    return firstSheet;
  };

  const sinkFor = (name: string): ((bytes: Uint8Array, final: boolean) => void) | null => {
    if (SMALL_PARTS.includes(name)) {
      const part = new SmallPart(name);
      small.set(name, part);
      return (bytes, final) => part.push(bytes, final);
    }
    if (name === SHARED_STRINGS) {
      return (bytes, final) => {
        sharedParser.write(sharedDecoder.decode(bytes, { stream: !final }));
        if (final) sharedParser.close();
      };
    }
    const first = WORKSHEET.test(name) ? knownFirstSheet() : null;
    if (first === null || (first !== undefined && first !== name)) return null;
    const file = join(folder, `sheet-${spools.size}.xml`);
    const stream = createWriteStream(file);
    stream.on('error', (error) => (failure ??= error));
    spools.set(name, { file, stream });
    return (bytes, final) => {
      stream.write(Buffer.from(bytes));
      if (final) stream.end();
    };
  };

  const unzip = new Unzip((file: UnzipFile) => {
    const sink = failure ? null : sinkFor(file.name);
    file.ondata = (error, data, final) => {
      if (failure) return;
      if (error) {
        failure = new DatastoreLoadError(DAMAGED);
        return;
      }
      try {
        sink?.(data, final);
      } catch (problem) {
        failure = problem;
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);

  const push = (chunk: Uint8Array, final: boolean) => {
    try {
      unzip.push(chunk, final);
    } catch {
      failure ??= new DatastoreLoadError(DAMAGED);
    }
    if (failure) throw failure;
  };

  try {
    const chunks = source[Symbol.asyncIterator]();
    let head = Buffer.alloc(0);
    // The signature decides before anything is unzipped; a source may deliver fewer than 8 bytes at first.
    while (head.length < COMPOUND_FILE_SIGNATURE.length) {
      const next = await chunks.next();
      if (next.done) break;
      head = Buffer.concat([head, next.value]);
    }
    if (head.length === 0) throw new DatastoreLoadError('Die Datei ist leer.');
    if (!startsWith(head, ZIP_SIGNATURE)) throw await notAZip(head, chunks);
    await onBytes(head.length);
    push(head, false);
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
      await onBytes(next.value.length);
      push(next.value, false);
      for (const { stream } of spools.values()) if (stream.writableNeedDrain) await once(stream, 'drain');
    }
    push(new Uint8Array(0), true);
    for (const { stream } of spools.values()) {
      if (!stream.writableEnded) throw new DatastoreLoadError(DAMAGED);
      if (!stream.writableFinished) await once(stream, 'finish');
    }
  } catch (error) {
    for (const { stream } of spools.values()) stream.destroy();
    throw error;
  }

  if (!small.has(WORKBOOK)) throw new DatastoreLoadError(NO_WORKBOOK);
  const first = knownFirstSheet();
  if (first === undefined) throw new DatastoreLoadError(DAMAGED);
  if (first === null) throw new DatastoreLoadError(NO_SHEET);
  const sheet = spools.get(first);
  if (!sheet) throw new DatastoreLoadError(`Die XLSX-Datei ist beschädigt: Das erste Tabellenblatt (${first}) fehlt im Archiv.`);
  for (const [name, { file }] of spools) if (name !== first) await rm(file, { force: true });
  const styles = small.get(STYLES);
  return {
    sheetFile: sheet.file,
    sharedStrings: shared.strings,
    styles: styles ? readStyles(styles.text()) : [],
    date1904: readWorkbook(small.get(WORKBOOK)!.text()).date1904,
  };
}
