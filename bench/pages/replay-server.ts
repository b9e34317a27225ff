/**
 * The limit for one page: a bare node:http server in its own process that answers every request
 * with the bytes the portal gave for that page (status, headers in their order, body). Whatever the
 * portal spends beyond this (routing, queries, rendering, sessions) is the portal's own cost.
 *
 * Usage: node --import tsx bench/pages/replay-server.ts <capture.json>, with PORT and HOST set.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Capture } from './capture';

/** Connection handling is the replay server's own (Node writes the same keep-alive headers as the portal's Node). */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding']);

/** The captured headers without hop-by-hop ones, as a flat list in their order; a length where the portal streamed. */
function replayHeaders(capture: Capture, bodyBytes: number): string[] {
  const kept = capture.headers.filter(([name]) => !HOP_BY_HOP.has(name.toLowerCase()));
  if (!kept.some(([name]) => name.toLowerCase() === 'content-length')) kept.push(['content-length', String(bodyBytes)]);
  return kept.flat();
}

const file = process.argv[2];
if (!file) throw new Error('usage: replay-server.ts <capture.json>');
const capture = JSON.parse(readFileSync(file, 'utf8')) as Capture;
const body = Buffer.from(capture.bodyBase64, 'base64');
const headers = replayHeaders(capture, body.length);

const server = createServer((request, response) => {
  // The portal's own Date header is replayed (Node would add a second one).
  response.sendDate = false;
  // A POST body is read to its end as the portal reads it, then the same answer goes out.
  request.resume();
  request.on('end', () => {
    response.writeHead(capture.status, headers);
    response.end(body);
  });
});
// As long as the portal keeps connections open (Fastify: 72 s), so neither side pays reconnects.
server.keepAliveTimeout = 72_000;

const shutdown = () => server.close(() => process.exit(0));
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
server.listen(Number(process.env.PORT ?? 3002), process.env.HOST ?? '127.0.0.1');
