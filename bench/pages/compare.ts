import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { measure, warmUp, type LoadRequest, type LoadResult, type LoadSettings } from '../lib/load';
import { probe, startServer, type RunningServer } from '../lib/server';
import { capturePage, requestHeaders, writeCapture, type PageRequest } from './capture';

export interface CompareContext {
  projectRoot: string;
  /** Where the capture files go (removed with the run's temp dir). */
  tempDir: string;
  load: LoadSettings;
  log: (line: string) => void;
}

/** One page against its replay limit: two runs of each, alternating, and the means. */
export interface PageMeasurement {
  portalRuns: LoadResult[];
  replayRuns: LoadResult[];
  requestsPerSec: number;
  limitPerSec: number;
  /** Portal req/s over replay req/s. */
  share: number;
  p50Ms: number;
  p99Ms: number;
  /** Portal answers with another status than expected, plus connection errors and timeouts. */
  errors: number;
  bytes: number;
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** Every connection takes the next session (round robin) and sends its path, cookie and body on every request. */
export function loadRequest(page: PageRequest): LoadRequest {
  let next = 0;
  return {
    method: page.method,
    setupClient: (client) => {
      const session = page.sessions[next++ % Math.max(1, page.sessions.length)];
      client.setRequests([{ method: page.method, path: session?.path ?? page.path, headers: requestHeaders(page, session), body: session?.body }]);
    },
  };
}

/** Answers that are not the expected status, and connection errors (autocannon counts timeouts among them). */
export function unexpected(result: LoadResult, accepted: number[]): number {
  const wrong = Object.entries(result.statusCounts).reduce((sum, [status, count]) => (accepted.includes(Number(status)) ? sum : sum + count), 0);
  return wrong + result.errors;
}

/** Longest wait for a portal to work off what a run left queued. */
const SETTLE_MAX_MS = 15_000;
/** /healthz answering this fast means nothing is queued any more. */
const IDLE_MS = 50;

/**
 * A run ends with requests still queued in the portal (it keeps working when the client closes), and on
 * a slow page that is seconds of CPU: waiting here keeps it out of the next run, the replay's above all.
 */
export async function settle(portal: RunningServer): Promise<void> {
  const started = performance.now();
  while (performance.now() - started < SETTLE_MAX_MS && !portal.exitReport()) {
    const asked = performance.now();
    await probe(`${portal.baseUrl}/healthz`).catch(() => undefined);
    if (performance.now() - asked < IDLE_MS) return;
  }
}

let captures = 0;
const REPLAY_WARMUP_SECONDS = 0.25;

async function startReplay(portal: RunningServer, page: PageRequest, context: CompareContext): Promise<RunningServer> {
  const capture = await capturePage(portal.baseUrl, page);
  const file = join(context.tempDir, `capture-${(captures += 1)}.json`);
  writeCapture(file, capture);
  return startServer({
    name: 'replay server',
    args: ['--import', 'tsx', 'bench/pages/replay-server.ts', file],
    cwd: context.projectRoot,
    env: {},
    readyPath: '/',
    readyStatus: capture.status,
    timeoutMs: 20_000,
  });
}

/** Portal and replay under the same load, A B A B after a warm-up of each, so drift of the machine hits both alike. */
export async function comparePage(portal: RunningServer, page: PageRequest, context: CompareContext): Promise<PageMeasurement> {
  const replay = await startReplay(portal, page, context);
  try {
    const portalUrl = `${portal.baseUrl}${page.path}`;
    const replayUrl = `${replay.baseUrl}${page.path}`;
    // No settle after the portal's warm-up: what it left queued only makes the first portal run start saturated.
    await warmUp(portalUrl, context.load, loadRequest(page));
    // A bare node:http process is warm after a fraction of a second; the part's time budget is tight.
    await warmUp(replayUrl, { ...context.load, warmupSeconds: REPLAY_WARMUP_SECONDS }, loadRequest(page));
    const portalRuns: LoadResult[] = [];
    const replayRuns: LoadResult[] = [];
    for (let round = 0; round < 2; round += 1) {
      portalRuns.push(await measure(portalUrl, context.load, portal.pid, loadRequest(page)));
      await settle(portal);
      replayRuns.push(await measure(replayUrl, context.load, replay.pid, loadRequest(page)));
    }
    const requestsPerSec = mean(portalRuns.map((run) => run.requestsPerSec));
    const limitPerSec = mean(replayRuns.map((run) => run.requestsPerSec));
    return {
      portalRuns,
      replayRuns,
      requestsPerSec,
      limitPerSec,
      share: limitPerSec > 0 ? requestsPerSec / limitPerSec : 0,
      p50Ms: mean(portalRuns.map((run) => run.p50Ms)),
      p99Ms: mean(portalRuns.map((run) => run.p99Ms)),
      errors: portalRuns.reduce((sum, run) => sum + unexpected(run, [page.expectStatus]), 0),
      bytes: portalRuns[0]?.bytesPerResponse ?? 0,
    };
  } finally {
    await replay.stop();
  }
}
