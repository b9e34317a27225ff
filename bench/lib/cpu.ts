import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/**
 * CPU accounting from /proc during one measurement: how much CPU the server spent per request
 * (comparable even on a busy machine) and how much other processes took from the shared cores.
 */
export interface CpuSnapshot {
  atMs: number;
  /** Busy jiffies of the whole machine. */
  machineBusy: number;
  /** utime + stime of the server process (all threads), jiffies. */
  server: number;
  /** This process (the load generator), microseconds. */
  selfMicros: number;
}

export interface CpuUsage {
  /** Server CPU over the window, in cores (1.0 = one core fully busy). */
  serverCores: number;
  /** Load generator CPU, in cores. */
  clientCores: number;
  /** Everything else on the machine, in cores: other engineers' builds and tests compete here. */
  otherCores: number;
  serverCpuMs: number;
}

let ticksPerSecond: number | undefined;
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

function machineBusy(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const [, user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = line.trim().split(/\s+/).map(Number);
  return user + nice + system + irq + softirq + steal;
}

function processTicks(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name in parentheses (which may contain spaces): utime is 14th, stime 15th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/** Undefined where /proc is missing (not Linux): the columns then show n/a. */
export function snapshot(serverPid: number): CpuSnapshot | undefined {
  try {
    const usage = process.cpuUsage();
    return { atMs: performance.now(), machineBusy: machineBusy(), server: processTicks(serverPid), selfMicros: usage.user + usage.system };
  } catch {
    return undefined;
  }
}

export function usageBetween(before: CpuSnapshot | undefined, after: CpuSnapshot | undefined): CpuUsage | undefined {
  if (!before || !after) return undefined;
  const seconds = (after.atMs - before.atMs) / 1000;
  const ticks = clockTicks();
  const machineCores = (after.machineBusy - before.machineBusy) / ticks / seconds;
  const serverCores = (after.server - before.server) / ticks / seconds;
  const clientCores = (after.selfMicros - before.selfMicros) / 1e6 / seconds;
  return {
    serverCores,
    clientCores,
    otherCores: Math.max(0, machineCores - serverCores - clientCores),
    serverCpuMs: ((after.server - before.server) / ticks) * 1000,
  };
}
