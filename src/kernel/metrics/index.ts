import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config';
import type { DatabaseHandle } from '../db';
import { CONTENT_TYPE, exposition, type Family } from './exposition';
import { httpMetrics } from './http-metrics';
import { processMetrics } from './process-metrics';
import { queueMetrics } from './queue-metrics';

export const METRICS_PATH = '/metrics';

/** Compared as SHA-256 digests: equal length, so the comparison's time says nothing about the token. */
function sameToken(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function bearer(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

function poolFamilies(database: DatabaseHandle): Family[] {
  const stats = database.poolStats?.();
  if (!stats) return [];
  return [
    {
      name: 'stadtportal_database_pool_clients',
      help: 'Connections of this process to PostgreSQL: total open, idle, and requests waiting for one (DATABASE_POOL_SIZE).',
      type: 'gauge',
      samples: (['total', 'idle', 'waiting'] as const).map((state) => ({ labels: { state }, value: stats[state] })),
    },
  ];
}

async function databaseFamilies(database: DatabaseHandle): Promise<Family[]> {
  const started = performance.now();
  try {
    const families = await queueMetrics(database);
    return [
      ...families,
      { name: 'stadtportal_database_up', help: 'Whether the database answered this scrape (1) or not (0).', type: 'gauge', samples: [{ value: 1 }] },
      {
        name: 'stadtportal_database_scrape_seconds',
        help: "Time the database took for this scrape's backlog query, in seconds.",
        type: 'gauge',
        samples: [{ value: (performance.now() - started) / 1000 }],
      },
    ];
  } catch {
    return [{ name: 'stadtportal_database_up', help: 'Whether the database answered this scrape (1) or not (0).', type: 'gauge', samples: [{ value: 0 }] }];
  }
}

/**
 * `GET /metrics` in Prometheus' text format, for the operator's monitoring (docs/operations.md).
 * Without METRICS_TOKEN it does not exist (404); otherwise it wants `Authorization: Bearer <token>`
 * (401 without or with another). Counts are per process: Prometheus scrapes every instance.
 */
export function registerMetrics(app: FastifyInstance, { config, database }: { config: Pick<Config, 'metricsToken'>; database: DatabaseHandle }): void {
  const token = config.metricsToken;
  if (token === undefined) return;
  const http = httpMetrics(app);
  const processFamilies = processMetrics();
  app.addHook('onClose', async () => processFamilies.stop());
  app.get(METRICS_PATH, async (request, reply) => {
    const given = bearer(request.headers.authorization);
    if (given === undefined || !sameToken(given, token)) {
      return reply
        .code(401)
        .header('www-authenticate', 'Bearer realm="metrics"')
        .header('cache-control', 'no-store')
        .type('text/plain; charset=utf-8')
        .send('Anmeldung erforderlich: Authorization: Bearer <METRICS_TOKEN>\n');
    }
    const families = [...processFamilies.families(), ...http(), ...(await databaseFamilies(database)), ...poolFamilies(database)];
    return reply.header('cache-control', 'no-store').type(CONTENT_TYPE).send(exposition(families));
  });
}
