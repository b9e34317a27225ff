/**
 * One test process that runs test files one after the other, as long as the runner has files for it
 * and at most `maxFiles` of them. A process per file spent about half of each file's CPU on starting:
 * loading the bundled code (0.7 s), compiling PGlite's WebAssembly, and running cold JavaScript; in a
 * process that already ran a file all of that is warm (measured on 24 typical files: 79 CPU-s one per
 * process, 34 CPU-s in one). The bound on files keeps what a file may leave behind (memory, module
 * state) from piling up. The process asks for each next file over the IPC channel
 * (run-tests/batch-entry.ts), so the files still go out longest first, whichever process is free.
 *
 * Each file's output is cut from the process's output at the line that ends it (run-tests/file-ends.ts)
 * and handed on in one piece with its tests. A file the process did not finish (it crashed or was
 * stopped) gets the rest of the output and counts as failed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { NextFile } from './batch-entry';
import { stopAfter } from './file-deadline';
import { FILE_END_LINE, type FileEnd, type TimingLine } from './file-ends';

export interface FileResult {
  file: string;
  ms: number;
  failed: boolean;
  /** Why the file failed when no test did: the process ended or was stopped while it ran. */
  problem?: string;
  tests: TimingLine[];
  output: string;
}

export interface TestProcessOptions {
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  maxFiles: number;
  fileTimeoutMs: number;
  /** The next file to run, or undefined when there is none left. */
  take(): { file: string; bundled: string } | undefined;
  /** Called with each file's result as soon as it ended. */
  finished(result: FileResult): void;
  running: Set<ChildProcess>;
}

/** Runs files until none is left or `maxFiles` ran; resolves with how many it took. */
export function runTestProcess(options: TestProcessOptions): Promise<number> {
  const child = spawn(process.execPath, options.args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'], detached: true });
  options.running.add(child);
  /** The files handed out whose end line has not come yet, with when they were handed out. */
  const unfinished = new Map<string, number>();
  let taken = 0;
  let output = '';
  let timedOut = false;
  let cancelDeadline = () => {};
  let lastEnded: FileResult | undefined;
  let anyFailed = false;

  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    // The end line names its file: the request for the next file (IPC) may overtake the output.
    for (let match = FILE_END_LINE.exec(output); match; match = FILE_END_LINE.exec(output)) {
      const { file, tests } = JSON.parse(match[1]!) as FileEnd;
      const started = unfinished.get(file) ?? performance.now();
      unfinished.delete(file);
      lastEnded = { file, ms: performance.now() - started, failed: tests.some((test) => test.outcome === 'fail'), tests, output: output.slice(0, match.index) };
      output = output.slice(match.index + match[0].length);
      anyFailed ||= lastEnded.failed;
      options.finished(lastEnded);
    }
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);

  // Each file has the deadline, and so has the process's exit after its last file (an open handle
  // keeps it alive).
  child.on('message', () => {
    cancelDeadline();
    const next = taken < options.maxFiles ? options.take() : undefined;
    if (next) {
      taken += 1;
      unfinished.set(next.file, performance.now());
    }
    cancelDeadline = stopAfter(child, options.fileTimeoutMs, () => (timedOut = true));
    const answer: NextFile = next ?? {};
    child.send(answer);
  });

  return new Promise((done) => {
    child.on('close', (code, signal) => {
      cancelDeadline();
      options.running.delete(child);
      const exit = `exit ${code ?? signal}`;
      for (const [file, started] of unfinished) {
        const problem = timedOut ? 'stopped: TEST_FILE_TIMEOUT_SECONDS; its tests are missing below' : `the process ended (${exit}) before the file did`;
        options.finished({ file, ms: performance.now() - started, failed: true, problem, tests: [], output });
      }
      if (unfinished.size === 0 && code !== 0 && lastEnded && !anyFailed) {
        // No test failed, yet the process did: what it printed after the file says why.
        const why = timedOut ? 'did not exit after this file (an open handle?) and was stopped' : `ended with ${exit} after this file`;
        options.finished({ ...lastEnded, ms: 0, failed: true, problem: `the process ${why}`, output });
      }
      done(taken);
    });
  });
}
