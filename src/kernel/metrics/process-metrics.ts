import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Family } from './exposition';

/** Memory, uptime and how late the event loop runs (a busy or blocked process answers late). */
export function processMetrics(): { families: () => Family[]; stop: () => void } {
  const delay = monitorEventLoopDelay({ resolution: 20 });
  delay.enable();
  const startedAt = Date.now() / 1000 - process.uptime();
  const gauge = (name: string, help: string, value: number): Family => ({ name, help, type: 'gauge', samples: [{ value }] });
  return {
    stop: () => delay.disable(),
    families: () => {
      const memory = process.memoryUsage();
      const families = [
        gauge('process_resident_memory_bytes', 'Resident memory of the process in bytes.', memory.rss),
        gauge('nodejs_heap_used_bytes', 'V8 heap in use in bytes.', memory.heapUsed),
        gauge('nodejs_heap_total_bytes', 'V8 heap reserved in bytes.', memory.heapTotal),
        gauge('nodejs_external_memory_bytes', 'Memory of C++ objects bound to JavaScript (buffers, WebAssembly) in bytes.', memory.external),
        gauge('process_start_time_seconds', 'Start of the process, seconds since the Unix epoch.', Math.round(startedAt)),
        gauge('process_uptime_seconds', 'Seconds since the process started.', process.uptime()),
        gauge('nodejs_eventloop_lag_p50_seconds', 'Median event loop delay since the last scrape, in seconds.', delay.percentile(50) / 1e9),
        gauge('nodejs_eventloop_lag_p99_seconds', '99th percentile of the event loop delay since the last scrape, in seconds.', delay.percentile(99) / 1e9),
        gauge('nodejs_eventloop_lag_max_seconds', 'Longest event loop delay since the last scrape, in seconds.', delay.max / 1e9),
      ];
      delay.reset();
      return families;
    },
  };
}
