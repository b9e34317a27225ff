/**
 * The entry of a test process that runs test files one after the other, as the runner hands them
 * out over the IPC channel (run-tests/test-process.ts says why). Each file is imported only when the
 * previous one's tests have all run: its top-level suites queue behind them, and a boundary test
 * (run-tests/file-ends.ts) queued after them resolves when they are done. So one file's `before`
 * never runs while another's tests do, and the reporter can tell which test belongs to which file
 * even when a shared helper defined it.
 */
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { boundaryTestName } from './file-ends';

/** What the runner answers to "next": a test file and its bundled module, or nothing when done. */
export interface NextFile {
  file?: string;
  bundled?: string;
}

const next = () =>
  new Promise<NextFile>((answer) => {
    process.once('message', (message: NextFile) => answer(message));
    process.send?.('next');
  });

for (;;) {
  const { file, bundled } = await next();
  if (!file || !bundled) break;
  await import(pathToFileURL(bundled).href);
  await new Promise<void>((ended) => test(boundaryTestName(file), () => ended()));
}
process.disconnect?.();
