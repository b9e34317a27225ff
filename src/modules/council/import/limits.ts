/**
 * How much and how long a source may take. A council information system answers a page of 100 papers
 * with about 0.5 MB; a Beschlussvorlage's PDF is rarely above 20 MB. Tests and the benchmark pass smaller ones.
 */
export interface ImportLimits {
  /** Per request, for the whole answer (a server trickling bytes is as stuck as one that never answers). */
  timeoutMs: number;
  /** Attempts after the first for a 5xx, a timeout or a dropped connection; a 4xx or broken JSON is final. */
  retries: number;
  /** The wait before the first retry; it doubles for each further one. */
  backoffMs: number;
  maxPageBytes: number;
  maxFileBytes: number;
  /** An endless `next` chain ends here (a page URL seen twice in a list ends it earlier). */
  maxPagesPerList: number;
  /** Files downloaded per run; the rest follow in the next runs. */
  maxFilesPerRun: number;
  /** PDF text extraction: pages read and time per file. */
  maxPdfPages: number;
  pdfTimeoutMs: number;
}

export const DEFAULT_LIMITS: ImportLimits = {
  timeoutMs: 60_000,
  retries: 3,
  backoffMs: 2_000,
  maxPageBytes: 20 * 1024 * 1024,
  maxFileBytes: 100 * 1024 * 1024,
  maxPagesPerList: 20_000,
  maxFilesPerRun: 2_000,
  maxPdfPages: 200,
  pdfTimeoutMs: 30_000,
};

/** Kept in the run's report: enough to show what went wrong, bounded so a broken source cannot fill the table. */
export const MAX_REPORTED = 200;
