import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { Database } from '../../../kernel/db';
import { UsageCounter } from './counter';
import { addUsage } from './repository';

/** How often a process writes what it counted: a crash loses at most these seconds of figures. */
const USAGE_FLUSH_SECONDS = 5;

const counters = new WeakMap<FastifyInstance, { flush: () => Promise<void> }>();

/** Writes what the counter holds in one statement; if the database refuses, the counts wait for the next flush. */
async function flush(counter: UsageCounter, db: Database, log: FastifyBaseLogger): Promise<void> {
  const taken = counter.take();
  try {
    await addUsage(db, taken);
  } catch (error) {
    counter.restore(taken);
    log.warn({ err: error }, 'usage figures not written yet; trying again with the next flush');
  }
}

/**
 * The process's usage counter for the app's routes: flushed every few seconds and once more when
 * the app closes (on SIGTERM, main.ts closes the app before the database), so a normal shutdown
 * loses nothing. The timer does not keep the process alive.
 */
export function startUsageCounting(app: FastifyInstance, db: Database): UsageCounter {
  const counter = new UsageCounter();
  const write = () => flush(counter, db, app.log);
  const timer = setInterval(() => void write(), USAGE_FLUSH_SECONDS * 1000);
  timer.unref();
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await write();
  });
  counters.set(app, { flush: write });
  return counter;
}

/** Writes the app's counted usage now, instead of with the next timer tick (tests). */
export async function flushUsageNow(app: FastifyInstance): Promise<void> {
  await counters.get(app)?.flush();
}
