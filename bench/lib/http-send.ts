/**
 * The benchmark's HTTP client for its simulated browsers: `node:http` on kept-alive connections.
 * The client shares the machine with the portal and its database, so what it spends on a request is
 * taken from them: the global `fetch` (undici's WHATWG layer) spent about three times the CPU of
 * `node:http` per request of a 25 KB page (0.31–0.36 ms against 0.11–0.12 ms, this machine), which in
 * the Termine rush was a fifth of a core the portal then lacked (docs/performance.md, "Termine").
 */
import { Agent, request } from 'node:http';

export interface SentAnswer {
  status: number;
  location: string | null;
  setCookies: string[];
  text: string;
}

export interface SendInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | FormData;
}

/** Sockets stay open between a browser's requests, as a browser keeps them; no limit per origin (thousands of browsers). */
const agent = new Agent({ keepAlive: true, maxSockets: Infinity });

/** A multipart body as a browser encodes it (the WHATWG encoder, used once per upload, not per request). */
async function encodeForm(form: FormData): Promise<{ bytes: Buffer; contentType: string }> {
  const encoded = new Request('http://localhost/', { method: 'POST', body: form });
  return { bytes: Buffer.from(await encoded.arrayBuffer()), contentType: encoded.headers.get('content-type')! };
}

/** One request, redirects not followed (each step is timed and checked on its own). */
export async function send(url: URL, init: SendInit = {}): Promise<SentAnswer> {
  const headers = { ...init.headers };
  let body: Buffer | string | undefined;
  if (init.body instanceof FormData) {
    const form = await encodeForm(init.body);
    body = form.bytes;
    headers['content-type'] = form.contentType;
  } else body = init.body;
  if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
  return new Promise((resolve, reject) => {
    const sent = request(url, { method: init.method ?? 'GET', headers, agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const location = response.headers.location;
        resolve({
          status: response.statusCode ?? 0,
          location: location ?? null,
          setCookies: response.headers['set-cookie'] ?? [],
          text: Buffer.concat(chunks).toString('utf8'),
        });
      });
    });
    sent.on('error', reject);
    sent.end(body);
  });
}
