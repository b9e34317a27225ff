/**
 * The baseline: a bare Fastify server with one route, run as its own process so it does not share
 * an event loop with the load generator. Same framework and version as the portal.
 */
import Fastify from 'fastify';

const PAGE = '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Hallo</title></head><body><h1>Hallo Welt</h1></body></html>';

const app = Fastify({ logger: false });
app.get('/', async (_request, reply) => reply.type('text/html; charset=utf-8').send(PAGE));

const shutdown = async (): Promise<void> => {
  await app.close();
  process.exit(0);
};
process.on('SIGTERM', () => void shutdown());
process.on('SIGINT', () => void shutdown());

await app.listen({ port: Number(process.env.PORT ?? 3001), host: process.env.HOST ?? '127.0.0.1' });
