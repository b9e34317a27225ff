import type { PlaceOf } from '../csv/types';
import { columnName } from './cell-values';

/**
 * Which row of the sheet each line of the converted CSV came from. The CSV leaves out empty rows and
 * spreads a cell with line breaks over several lines, so its lines drift from the sheet's rows; a
 * publisher looks for the row Excel or LibreOffice shows. Kept as runs (a run of lines that step one
 * row per line, or the lines of one row with line breaks): memory grows with gaps and such rows, not
 * with the sheet.
 */
export class SheetLines {
  private readonly starts: number[] = [];
  private readonly rows: number[] = [];
  private readonly steps: Array<0 | 1> = [];
  private nextLine = 1;

  /** The next CSV line(s) hold `sheetRow`; `lineBreaks` are those inside its values (the CSV line ends count as the reader counts). */
  add(sheetRow: number, lineBreaks: number): void {
    const last = this.starts.length - 1;
    const continues = last >= 0 && this.steps[last] === 1 && this.rows[last]! + (this.nextLine - this.starts[last]!) === sheetRow;
    if (!continues || lineBreaks > 0) {
      this.starts.push(this.nextLine);
      this.rows.push(sheetRow);
      this.steps.push(lineBreaks > 0 ? 0 : 1);
    }
    this.nextLine += 1 + lineBreaks;
  }

  /** The sheet row of a CSV line (1 is the header's). */
  rowOf(line: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    // The last run that starts at or before the line.
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (this.starts[middle]! <= line) low = middle;
      else high = middle - 1;
    }
    if (high < 0) return line;
    return this.rows[low]! + this.steps[low]! * (line - this.starts[low]!);
  }
}

/** An XLSX file's places, as the spreadsheet shows them: "Zeile 14, Spalte C (Betrag)". */
export function xlsxPlaces(lines: SheetLines, labels: readonly string[]): PlaceOf {
  return (line, column) => `Zeile ${lines.rowOf(line).toLocaleString('de-DE')}, Spalte ${columnName(column)} (${labels[column] ?? ''})`;
}
