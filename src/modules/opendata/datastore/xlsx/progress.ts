import type { Executor } from '../../../../kernel/db';
import { reportProgress } from '../repository';

/**
 * An XLSX load fills one bar, 0 to 100 %, over three steps: reading the archive, turning the worksheet
 * into CSV ("Tabelle wird gelesen …"), loading the CSV's rows ("Zeilen werden geladen …"). Each step's
 * size is known only when it starts (the CSV's only after the conversion), so the bar gives each a fixed
 * share of the workbook's size (the status's total). Measured on a workbook of 100,000 rows (880 KB),
 * PostgreSQL spends 87 % of the time reading the sheet and 13 % in COPY, PGlite 19 % and 81 %; half the
 * bar each lies between the two, and of the reading, the archive takes about 30 % on both. Fixed
 * shares cannot keep pace with the clock; what they guarantee is that the bar only moves forward.
 */
const ARCHIVE_END = 0.15;
const SHEET_END = 0.5;

/** Reports on the way are at least this share of the bar apart (the rows report at the fill's own pace). */
const REPORT_STEP = 0.01;

export const loadsAsXlsx = (format: string): boolean => format.toUpperCase() === 'XLSX';

export type XlsxPhase = 'reading' | 'rows';

/** The step of a running XLSX load from its progress: below the conversion's end the sheet is read, above it the rows load. */
export function xlsxPhaseOf(loadedBytes: number, totalBytes: number): XlsxPhase {
  return loadedBytes < Math.floor(totalBytes * SHEET_END) ? 'reading' : 'rows';
}

/** The progress of one XLSX load, written to its status row as the bytes of the workbook's size. */
export class XlsxProgress {
  private reported = 0;

  constructor(
    private readonly db: Executor,
    private readonly resourceId: string,
    /** The workbook's size; unknown (null), the bar stays empty and only the rows are counted. */
    private readonly total: number | null,
  ) {}

  /** The archive's bytes read so far (of the workbook's size). */
  archive(read: number): Promise<void> {
    return this.report(this.share(0, ARCHIVE_END, read, this.total ?? 0), 0, false);
  }

  /** The worksheet's XML converted so far, of its size; `finished` reports the conversion's end whatever the step. */
  sheet(read: number, size: number, finished = false): Promise<void> {
    return this.report(this.share(ARCHIVE_END, SHEET_END, read, size), 0, finished);
  }

  /** The CSV's bytes loaded so far, of its size, and the rows written: reported as the fill reports. */
  rows(progress: { loadedBytes: number; rowCount: number }, size: number): Promise<void> {
    return this.report(this.share(SHEET_END, 1, progress.loadedBytes, size), progress.rowCount, true);
  }

  /** What the status keeps once the rows are in: the whole bar. */
  get finished(): number {
    return this.total ?? 0;
  }

  private share(from: number, to: number, done: number, of: number): number {
    const part = of > 0 ? Math.min(1, done / of) : 1;
    return Math.floor((this.total ?? 0) * (from + (to - from) * part));
  }

  private async report(loadedBytes: number, rowCount: number, always: boolean): Promise<void> {
    if (loadedBytes < this.reported) loadedBytes = this.reported;
    const step = this.total ? this.total * REPORT_STEP : Infinity;
    if (!always && loadedBytes - this.reported < step) return;
    this.reported = loadedBytes;
    await reportProgress(this.db, this.resourceId, { loadedBytes, rowCount });
  }
}
