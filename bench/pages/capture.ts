import { writeFileSync } from 'node:fs';
import { request } from 'node:http';

/** One answer of the portal as it went over the wire, for the replay server. */
export interface Capture {
  status: number;
  /** Header name and value pairs in the order the portal sent them. */
  headers: [string, string][];
  bodyBase64: string;
}

/** What one load request sends: the same for the capture and for every request of the load. */
export interface PageRequest {
  method: 'GET' | 'POST';
  path: string;
  /** The status every answer must have (200 for pages, 303 for a POST that redirects). */
  expectStatus: number;
  /** Per connection: path (else `path`), cookie header and (POST) body; connections take them round robin. The capture uses the first. */
  sessions: { path?: string; cookie?: string; body?: string }[];
  contentType?: string;
}

export function requestHeaders(page: PageRequest, session: PageRequest['sessions'][number] | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  if (session?.cookie) headers.cookie = session.cookie;
  if (page.contentType) headers['content-type'] = page.contentType;
  return headers;
}

/** One real request as the load sends it (the first session); throws unless the status is the expected one. */
export function capturePage(baseUrl: string, page: PageRequest): Promise<Capture> {
  const session = page.sessions[0];
  return new Promise((resolve, reject) => {
    const req = request(
      new URL(session?.path ?? page.path, baseUrl),
      { method: page.method, headers: requestHeaders(page, session), agent: false, timeout: 30_000 },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          if (res.statusCode !== page.expectStatus) {
            reject(new Error(`${page.method} ${page.path}: ${res.statusCode} instead of ${page.expectStatus}: ${body.toString('utf8').slice(0, 300)}`));
            return;
          }
          const headers: [string, string][] = [];
          for (let i = 0; i < res.rawHeaders.length; i += 2) headers.push([res.rawHeaders[i]!, res.rawHeaders[i + 1]!]);
          resolve({ status: res.statusCode, headers, bodyBase64: body.toString('base64') });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timeout on ${page.path}`)));
    req.on('error', reject);
    req.end(session?.body);
  });
}

export function writeCapture(file: string, capture: Capture): void {
  writeFileSync(file, JSON.stringify(capture));
}
