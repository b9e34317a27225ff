import type { ChildProcess } from 'node:child_process';

/**
 * A test file that has not ended after this long is stopped and counted as failed. Without it, one
 * file that never exits (an open connection, a test waiting on a lock) holds the whole run until
 * CI's own limit ends it, and the output then names neither the file nor the test. The slowest
 * file takes about two minutes on two cores; TEST_FILE_TIMEOUT_SECONDS overrides the limit.
 */
export function fileTimeoutMs(env: NodeJS.ProcessEnv): number {
  const seconds = Number(env.TEST_FILE_TIMEOUT_SECONDS);
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : 600) * 1000;
}

/**
 * Stops the test file's process group (the file and any server it started) after `ms`; the file's
 * child was spawned `detached`, so it leads a group of its own. Returns what cancels the deadline.
 */
export function stopAfter(child: ChildProcess, ms: number, onTimeout: () => void): () => void {
  const timer = setTimeout(() => {
    onTimeout();
    killGroup(child);
  }, ms);
  return () => clearTimeout(timer);
}

export function killGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL'); // the group is gone already, or the platform has none
  }
}
