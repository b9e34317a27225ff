import type { FastifyInstance } from 'fastify';
import type { Family, Sample } from './exposition';

/** Upper bounds in seconds: a cached page answers in a few ms, a PDF or an export may take seconds. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

interface Series {
  labels: { method: string; route: string; status: string };
  /** Requests at or below each bucket's bound (cumulative when written). */
  buckets: number[];
  count: number;
  sum: number;
}

/**
 * Requests by method, route pattern (`/leistungen/:slug`, never the URL itself: ids in paths would
 * make a series per object) and status class, with their durations as one histogram.
 */
export function httpMetrics(app: FastifyInstance): () => Family[] {
  const series = new Map<string, Series>();
  app.addHook('onResponse', async (request, reply) => {
    const labels = { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: `${Math.floor(reply.statusCode / 100)}xx` };
    const key = `${labels.method} ${labels.route} ${labels.status}`;
    let entry = series.get(key);
    if (!entry) series.set(key, (entry = { labels, buckets: BUCKETS.map(() => 0), count: 0, sum: 0 }));
    const seconds = reply.elapsedTime / 1000;
    const bucket = BUCKETS.findIndex((bound) => seconds <= bound);
    if (bucket >= 0) entry.buckets[bucket]! += 1;
    entry.count += 1;
    entry.sum += seconds;
  });
  return () => {
    const all = [...series.values()];
    const histogram: Sample[] = all.flatMap(({ labels, buckets, count, sum }) => {
      let cumulative = 0;
      return [
        ...BUCKETS.map((bound, index) => ({ suffix: '_bucket', labels: { ...labels, le: String(bound) }, value: (cumulative += buckets[index]!) })),
        { suffix: '_bucket', labels: { ...labels, le: '+Inf' }, value: count },
        { suffix: '_sum', labels, value: sum },
        { suffix: '_count', labels, value: count },
      ];
    });
    return [
      {
        name: 'stadtportal_http_requests_total',
        help: 'HTTP requests answered, by method, route pattern and status class.',
        type: 'counter',
        samples: all.map(({ labels, count }) => ({ labels, value: count })),
      },
      {
        name: 'stadtportal_http_request_duration_seconds',
        help: 'Time from request to response, by method, route pattern and status class.',
        type: 'histogram',
        samples: histogram,
      },
    ];
  };
}
