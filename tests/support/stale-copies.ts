import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Each test database copy is named after the process that made it, so a later run can tell whose it is. */
export const COPY_PREFIX = 'stadtportal-test-';

export function copyPrefixOf(pid: number): string {
  return `${COPY_PREFIX}${pid}-`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, only not ours to signal
  }
}

/**
 * A killed test process cannot remove its 40 MB copy, and in /dev/shm that is memory until the next
 * reboot. Copies whose process is gone are removed; a live process's copy is never touched, so two
 * runs side by side keep theirs. Returns the names removed.
 */
export function removeCopiesOfEndedProcesses(parent: string): string[] {
  const removed: string[] = [];
  for (const name of readdirSync(parent)) {
    const pid = Number(/^stadtportal-test-(\d+)-/.exec(name)?.[1]);
    if (!pid || isAlive(pid)) continue;
    rmSync(join(parent, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
