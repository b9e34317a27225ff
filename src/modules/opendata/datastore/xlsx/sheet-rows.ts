import { createReadStream } from 'node:fs';
import { DatastoreLoadError } from '../load-error';
import type { XlsxParts } from './archive';
import { columnIndexOf, isoCellText, numberCellText } from './cell-values';
import { xmlParser } from './xml';

/** A worksheet row: its number in the sheet (1-based) and its cells' text by column index (gaps are empty cells). */
export interface SheetRow {
  number: number;
  cells: string[];
}

/** The cell being read: its column, type (`t`), style (`s`) and the text of its `<v>` or inline `<is><t>`. */
interface OpenCell {
  column: number;
  type: string;
  style: number;
  value: string;
}

/** A cell's text as the CSV reader understands it (cell-values.ts): shared and inline strings as written, numbers plain, dates ISO. */
function cellText(cell: OpenCell, parts: XlsxParts): string {
  switch (cell.type) {
    case 's': {
      const text = parts.sharedStrings[Number(cell.value)];
      if (text === undefined) throw new DatastoreLoadError('Die XLSX-Datei ist beschädigt: Eine Zelle verweist auf einen Text, den es nicht gibt.');
      return text;
    }
    case 'inlineStr':
    case 'str':
    case 'e':
      return cell.value;
    case 'b':
      return cell.value === '1' || cell.value === 'true' ? 'true' : cell.value === '' ? '' : 'false';
    case 'd':
      return isoCellText(cell.value);
    default:
      return cell.value === '' ? '' : numberCellText(cell.value, parts.styles[cell.style] ?? 'number', parts.date1904);
  }
}

/**
 * The rows of the spooled worksheet, read as a stream with saxes. Cells are placed by their reference
 * (`r="C7"`: empty cells are often left out); a cell or row without one follows the previous. Formulas
 * (`<f>`) are skipped: their last computed value (`<v>`) is what the sheet shows. `onBytes` hears of
 * each chunk of XML once its rows are handed on (the conversion's progress).
 */
export async function* sheetRows(parts: XlsxParts, onBytes: (bytes: number) => Promise<void> = async () => {}): AsyncGenerator<SheetRow> {
  const ready: SheetRow[] = [];
  let row: SheetRow | null = null;
  let cell: OpenCell | null = null;
  let inValue = false;
  let inInlineText = false;
  let phonetic = 0;
  const parser = xmlParser('Das erste Tabellenblatt', {
    open: (name, attributes) => {
      if (name === 'row') {
        row = { number: attributes.r ? Number(attributes.r) : (row?.number ?? 0) + 1, cells: [] };
      } else if (name === 'c' && row) {
        const previous = cell?.column ?? row.cells.length - 1;
        cell = {
          column: (attributes.r ? columnIndexOf(attributes.r) : null) ?? previous + 1,
          type: attributes.t ?? 'n',
          style: Number(attributes.s ?? 0),
          value: '',
        };
      } else if (name === 'v') inValue = true;
      else if (name === 'rPh') phonetic += 1;
      else if (name === 't' && phonetic === 0) inInlineText = true;
    },
    close: (name) => {
      if (name === 'v') inValue = false;
      else if (name === 'rPh') phonetic -= 1;
      else if (name === 't') inInlineText = false;
      else if (name === 'c' && cell && row) {
        const text = cellText(cell, parts);
        if (text !== '') row.cells[cell.column] = text;
        // The next cell without a reference follows this one.
        cell = { ...cell, value: '', type: 'n' };
      } else if (name === 'row' && row) {
        ready.push(row);
        cell = null;
      }
    },
    text: (text) => {
      if (cell && (inValue || inInlineText)) cell.value += text;
    },
  });
  const decoder = new TextDecoder();
  for await (const chunk of createReadStream(parts.sheetFile)) {
    parser.write(decoder.decode(chunk as Buffer, { stream: true }));
    yield* ready.splice(0);
    await onBytes((chunk as Buffer).length);
  }
  parser.write(decoder.decode());
  parser.close();
  yield* ready.splice(0);
}
