import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { findHiddenValue } from './html';
import { multipartBody, type TestUpload } from './multipart';

/**
 * A browser-like client over app.inject(): keeps cookies, reads the CSRF token from the last page,
 * and posts forms url-encoded like a browser without JavaScript.
 */
export class TestClient {
  /** Cookie values as the portal sent them (still encoded), to be sent back byte for byte, as a browser does. */
  private readonly cookies = new Map<string, string>();
  private lastCsrf: string | undefined;

  /**
   * `beforeRequest` runs before each request reaches the portal: the test app waits there until the
   * change channel has carried every write made so far, including writes a test made with `db`
   * directly. A hook inside the portal would come too late: the page cache answers in the first
   * `onRequest` hook, before any hook a test could add.
   */
  constructor(
    private readonly app: FastifyInstance,
    private readonly beforeRequest: () => Promise<void> = async () => {},
  ) {}

  private async inject(options: InjectOptions): Promise<LightMyRequestResponse> {
    await this.beforeRequest();
    return this.remember(await this.app.inject(options));
  }

  private remember(response: LightMyRequestResponse): LightMyRequestResponse {
    // Not `response.cookies`: it decodes the values, and a decoded `;` or `,` would cut the cookie short.
    const headers = response.headers['set-cookie'] ?? [];
    for (const header of Array.isArray(headers) ? headers : [headers]) {
      const cookie = readSetCookie(header, Date.now());
      if (!cookie) continue;
      if (cookie.expired) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    // This runs on every response: only the tag that names the token is parsed, not the whole page.
    const at = String(response.headers['content-type']).startsWith('text/html') ? response.body.indexOf('name="_csrf"') : -1;
    if (at >= 0) {
      const tag = response.body.slice(response.body.lastIndexOf('<', at), response.body.indexOf('>', at) + 1);
      this.lastCsrf = findHiddenValue(tag, '_csrf') ?? this.lastCsrf;
    }
    return response;
  }

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  hasCookie(name: string): boolean {
    return this.cookies.has(name);
  }

  /** Sets a cookie as if the portal had set it (a session created directly, without the login page): encoded as its cookies are. */
  setCookie(name: string, value: string): void {
    this.cookies.set(name, encodeURIComponent(value));
  }

  /** The CSRF token of the last page that had one. */
  csrfToken(): string | undefined {
    return this.lastCsrf;
  }

  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.inject({ method: 'GET', url, headers: { cookie: this.cookieHeader(), ...headers } });
  }

  /** Posts a form; the CSRF token of the last page is added unless the form has its own `_csrf`. */
  async post(url: string, form: Record<string, string | string[]> = {}, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const body = new URLSearchParams();
    if (this.lastCsrf && !('_csrf' in form)) body.append('_csrf', this.lastCsrf);
    for (const [key, value] of Object.entries(form)) {
      for (const item of Array.isArray(value) ? value : [value]) body.append(key, item);
    }
    return this.inject({
      method: 'POST',
      url,
      payload: body.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: this.cookieHeader(), ...headers },
    });
  }

  /** Posts a form with file inputs as `multipart/form-data`; the CSRF token as in `post`. */
  async postMultipart(
    url: string,
    fields: Record<string, string | string[]>,
    files: TestUpload[] = [],
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const body = multipartBody(this.lastCsrf && !('_csrf' in fields) ? { _csrf: this.lastCsrf, ...fields } : fields, files);
    return this.inject({ method: 'POST', url, payload: body.payload, headers: { ...body.headers, cookie: this.cookieHeader(), ...headers } });
  }

  /** GET a page, then submit a form on it: the common journey step. */
  async submit(pageUrl: string, form: Record<string, string | string[]>, action = pageUrl): Promise<LightMyRequestResponse> {
    await this.get(pageUrl);
    return this.post(action, form);
  }
}

/**
 * One `Set-Cookie` header as a browser reads it (RFC 6265, 5.2): the value exactly as sent, and
 * whether the header removes the cookie (an empty value, `Max-Age` of 0 or less, or an `Expires` in the past).
 */
function readSetCookie(header: string, now: number): { name: string; value: string; expired: boolean } | undefined {
  const [pair = '', ...attributes] = header.split(';');
  const equals = pair.indexOf('=');
  if (equals < 0) return undefined;
  const name = pair.slice(0, equals).trim();
  const value = pair.slice(equals + 1).trim();
  let maxAge: number | undefined;
  let expires: number | undefined;
  for (const attribute of attributes) {
    const at = attribute.indexOf('=');
    const key = (at < 0 ? attribute : attribute.slice(0, at)).trim().toLowerCase();
    const argument = at < 0 ? '' : attribute.slice(at + 1).trim();
    if (key === 'max-age') maxAge = Number(argument);
    if (key === 'expires') expires = Date.parse(argument);
  }
  // Max-Age wins over Expires when a header has both.
  const expired = value === '' || (maxAge !== undefined ? maxAge <= 0 : expires !== undefined && expires < now);
  return { name, value, expired };
}
