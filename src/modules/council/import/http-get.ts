/**
 * The importer's one way to read from a source: http(s) only, a User-Agent, a timeout per request
 * (for the whole answer), a few redirects, retries with backoff for what may pass (5xx, timeouts,
 * dropped connections) and none for what will not (4xx, wrong content), and a size limit while reading.
 */
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { ImportLimits } from './limits';
import { httpUrlOf, isObject, type Json } from './normalize';

const USER_AGENT = 'Stadtportal-OParl-Import/1.0 (+https://github.com/stadtportal)';
const MAX_REDIRECTS = 3;

/** A URL that could not be read; the message is German and goes into the run's report as it is. */
export class SourceError extends Error {
  override name = 'SourceError';
  /** True when trying again later may help (the server is down or slow), false for a broken answer. */
  constructor(
    message: string,
    readonly transient: boolean,
  ) {
    super(message);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The answer after redirects, with a 2xx status, and the signal that ends it at the timeout. */
async function openOnce(address: string, accept: string, timeoutMs: number): Promise<{ response: Response; signal: AbortSignal }> {
  const signal = AbortSignal.timeout(timeoutMs);
  let url = address;
  try {
    for (let redirects = 0; ; redirects++) {
      if (!httpUrlOf(url)) throw new SourceError(`${url} ist keine http(s)-Adresse.`, false);
      const response = await fetch(url, { headers: { accept, 'user-agent': USER_AGENT }, redirect: 'manual', signal });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        if (redirects >= MAX_REDIRECTS) throw new SourceError(`${address} leitet zu oft weiter.`, false);
        url = new URL(location, url).href;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new SourceError(`${url} antwortet mit HTTP ${response.status}.`, response.status >= 500 || response.status === 429);
      }
      return { response, signal };
    }
  } catch (error) {
    throw asSourceError(error, url, signal, timeoutMs);
  }
}

export function asSourceError(error: unknown, url: string, signal: AbortSignal, timeoutMs: number): SourceError {
  if (error instanceof SourceError) return error;
  if (signal.aborted) return new SourceError(`${url} hat nicht innerhalb von ${timeoutMs / 1000} Sekunden geantwortet.`, true);
  return new SourceError(`${url} ist nicht erreichbar (${(error as Error).message}).`, true);
}

/** Runs `attempt` once and again after transient errors, waiting `backoffMs`, then twice as long, … */
export async function withRetries<T>(limits: Pick<ImportLimits, 'retries' | 'backoffMs'>, attempt: () => Promise<T>): Promise<T> {
  for (let tries = 0; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof SourceError) || !error.transient || tries >= limits.retries) {
        if (error instanceof SourceError && error.transient && tries > 0) error.message += ` (${tries + 1} Versuche)`;
        throw error;
      }
      await sleep(limits.backoffMs * 2 ** tries);
    }
  }
}

export function openUrl(url: string, accept: string, limits: ImportLimits) {
  return openOnce(url, accept, limits.timeoutMs);
}

/** Reads at most `maxBytes`, refusing the answer as soon as it is larger (declared or counted). */
async function readLimited(response: Response, maxBytes: number, url: string): Promise<string> {
  const tooLarge = new SourceError(`Die Antwort von ${url} ist größer als ${maxBytes} Bytes.`, false);
  if (Number(response.headers.get('content-length') ?? '0') > maxBytes) {
    await response.body?.cancel();
    throw tooLarge;
  }
  if (!response.body) return '';
  const parts: Buffer[] = [];
  let total = 0;
  // Leaving the loop early (throw) destroys the stream, which ends the connection.
  for await (const part of Readable.fromWeb(response.body as WebReadableStream<Uint8Array>)) {
    total += (part as Buffer).length;
    if (total > maxBytes) throw tooLarge;
    parts.push(part as Buffer);
  }
  return Buffer.concat(parts).toString('utf8');
}

/** JSON comes as application/json (or +json); some servers say text/plain. HTML is an error page or a portal. */
function isJsonType(contentType: string): boolean {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return type === '' || type === 'text/plain' || type === 'text/json' || type === 'application/json' || type.endsWith('+json');
}

/** One OParl object or list page as a JSON object, with retries; anything else is a SourceError. */
export function getJson(url: string, limits: ImportLimits): Promise<Json> {
  return withRetries(limits, async () => {
    const { response, signal } = await openUrl(url, 'application/json', limits);
    const contentType = response.headers.get('content-type') ?? '';
    if (!isJsonType(contentType)) {
      await response.body?.cancel();
      throw new SourceError(`${url} liefert kein JSON, sondern „${contentType.slice(0, 60)}“.`, false);
    }
    let body: string;
    try {
      body = await readLimited(response, limits.maxPageBytes, url);
    } catch (error) {
      throw asSourceError(error, url, signal, limits.timeoutMs);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      throw new SourceError(`${url} liefert kein gültiges JSON.`, false);
    }
    if (!isObject(parsed)) throw new SourceError(`${url} liefert kein JSON-Objekt.`, false);
    return parsed;
  });
}
