import { createServer, type Server } from 'node:http';
import { foreignFeed } from './test-support';

/** What the test source answers at each path: body and content type, or a status. */
const ANSWERS: Record<string, () => { status?: number; type?: string; body: string }> = {
  '/feed.json': () => ({ body: JSON.stringify(foreignFeed()) }),
  '/html': () => ({ type: 'text/html; charset=utf-8', body: '<!doctype html><html><body>Willkommen in Menden</body></html>' }),
  '/html-as-json': () => ({ body: '\n<html><body>Fehler 500</body></html>' }),
  '/invalid-json': () => ({ body: '{"schemaVersion": "1.0", "measures": [' }),
  '/wrong-schema': () => ({
    body: JSON.stringify({
      ...foreignFeed(),
      schemaVersion: '2.0',
      figures: undefined,
      measures: [{ ...(foreignFeed().measures as object[])[0], progressPercent: 150, status: 'fertig', endsOn: '31.12.2026' }],
    }),
  }),
  '/many': () => ({
    body: JSON.stringify(
      foreignFeed({ measures: Array.from({ length: 10_000 }, (_, i) => ({ ...(foreignFeed().measures as object[])[0], id: `massnahme-${i}` })) }),
    ),
  }),
  '/script': () => ({
    body: JSON.stringify(
      foreignFeed({
        measures: [{ ...(foreignFeed().measures as object[])[0], title: '<script>alert("xss")</script><b>Fett</b>' }],
        municipality: { name: 'Menden <img src=x onerror=alert(1)>', ags: '05962040', url: 'https://www.menden.example' },
      }),
    ),
  }),
  '/own': () => ({ body: JSON.stringify(foreignFeed({ municipality: { name: 'Iserlohn', ags: '05962024', url: 'https://www.iserlohn.example' } })) }),
  '/gone': () => ({ status: 404, body: 'nicht da' }),
};

/**
 * A source of feeds, good and hostile, on loopback; `/huge` streams more than the limit without saying
 * so in advance (no content-length), so only counting while reading can refuse it; `/slow` never finishes.
 */
export async function startFeedSource(): Promise<{ base: string; server: Server; answers: typeof ANSWERS }> {
  const server = createServer((request, response) => {
    if (request.url === '/huge') {
      response.writeHead(200, { 'content-type': 'application/json' });
      const chunk = `{"x":"${'a'.repeat(64 * 1024)}"},`;
      let sent = 0;
      const more = () => {
        while (sent < 6 * 1024 * 1024) {
          sent += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', more);
        }
        response.end();
      };
      response.on('error', () => undefined);
      return more();
    }
    // A server that starts to answer and then keeps the client waiting: only the timeout ends it.
    if (request.url === '/slow') return void response.writeHead(200, { 'content-type': 'application/json' }).write('{"schemaVersion":');
    const answer = ANSWERS[request.url ?? '']?.();
    if (!answer) return void response.writeHead(404).end();
    response.writeHead(answer.status ?? 200, { 'content-type': answer.type ?? 'application/json' }).end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { base: `http://127.0.0.1:${port}`, server, answers: ANSWERS };
}
