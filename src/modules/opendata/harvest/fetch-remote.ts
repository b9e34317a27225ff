/**
 * The one way a harvest reads from another portal: http(s) only, a clear User-Agent, a timeout for
 * the whole answer, at most a few redirects (each checked again) and a size limit while reading,
 * so a slow, endless or misdirected source ends the run with a message instead of hanging it.
 */

export const HARVEST_USER_AGENT = 'Stadtportal-Harvester/1.0 (+https://github.com/stadtportal; DCAT-AP.de, CKAN API)';

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 30_000, maxBytes: 50 * 1024 * 1024, maxRedirects: 3 };

/** A source that could not be read: the message is German and goes into the harvest log as it is. */
export class RemoteError extends Error {
  override name = 'RemoteError';
}

export interface RemoteAnswer {
  url: string;
  contentType: string;
  body: string;
}

export function httpUrl(value: string): URL | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

async function readLimited(response: Response, maxBytes: number, url: string): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw new RemoteError(`Die Antwort von ${url} ist größer als ${maxBytes} Bytes.`);
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new RemoteError(`Die Antwort von ${url} ist größer als ${maxBytes} Bytes.`);
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function fetchRemote(address: string, accept: string, limits: FetchLimits = DEFAULT_LIMITS): Promise<RemoteAnswer> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let url = address;
  try {
    for (let redirects = 0; ; redirects++) {
      if (!httpUrl(url)) throw new RemoteError(`${url} ist keine http(s)-Adresse.`);
      const response = await fetch(url, { headers: { accept, 'user-agent': HARVEST_USER_AGENT }, redirect: 'manual', signal });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        if (redirects >= limits.maxRedirects) throw new RemoteError(`${address} leitet zu oft weiter.`);
        url = new URL(location, url).href;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new RemoteError(`${url} antwortet mit HTTP ${response.status}.`);
      }
      const body = await readLimited(response, limits.maxBytes, url);
      return { url, contentType: response.headers.get('content-type') ?? '', body };
    }
  } catch (error) {
    if (error instanceof RemoteError) throw error;
    if (signal.aborted) throw new RemoteError(`${url} hat nicht innerhalb von ${limits.timeoutMs / 1000} Sekunden geantwortet.`);
    throw new RemoteError(`${url} ist nicht erreichbar (${(error as Error).message}).`);
  }
}
