import { readFileSync, readlinkSync, realpathSync } from 'node:fs';

export interface Memory {
  /** Resident set size now, MB. */
  rssMb: number;
  /** Peak resident set size since start (VmHWM), MB. */
  peakMb: number;
}

function field(status: string, name: string): number {
  const match = new RegExp(`^${name}:\\s+(\\d+) kB$`, 'm').exec(status);
  if (!match?.[1]) throw new Error(`${name} missing in /proc status`);
  return Number(match[1]) / 1024;
}

/**
 * Memory of a process from /proc/<pid>/status. Refuses a PID that is not this Node binary, so a
 * wrapper (npm, sh) is never measured by mistake. Undefined where /proc does not exist.
 */
export function readMemory(pid: number): Memory | undefined {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined;
  }
  const exe = readlinkSync(`/proc/${pid}/exe`);
  if (exe !== realpathSync(process.execPath)) throw new Error(`PID ${pid} is ${exe}, not node (${process.execPath})`);
  return { rssMb: field(status, 'VmRSS'), peakMb: field(status, 'VmHWM') };
}
