/**
 * How a test process running several files (run-tests/test-process.ts) tells the runner where each
 * file ends and what its tests did. After each file's tests the process runs one more top-level test,
 * the file's boundary (run-tests/batch-entry.ts); the reporter (run-tests/reporter.ts) writes in its
 * place one line with the file's tests, which the runner takes out of the output.
 */
const BOUNDARY = '\u0000end of test file: ';
const END_LINE = '\u0001';

export interface TimingLine {
  name: string;
  suite: boolean;
  ms: number;
  outcome: 'pass' | 'fail' | 'skip';
}

export interface FileEnd {
  file: string;
  tests: TimingLine[];
}

export const boundaryTestName = (file: string) => `${BOUNDARY}${file}`;

/** The file a boundary test closes, or undefined for every real test. */
export const endedFile = (testName: string): string | undefined => (testName.startsWith(BOUNDARY) ? testName.slice(BOUNDARY.length) : undefined);

export const fileEndLine = (end: FileEnd) => `${END_LINE}${JSON.stringify(end)}\n`;

/** Matches the first end line in a process's output. */
export const FILE_END_LINE = new RegExp(`^${END_LINE}(.*)\\n`, 'm');
