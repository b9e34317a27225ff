/**
 * A scripted browser for the benchmark: cookies, CSRF tokens read from the forms of the page, manual
 * redirects (each request is timed on its own). No JavaScript, like the portal needs none.
 */
import { performance } from 'node:perf_hooks';
import { send, type SentAnswer } from '../lib/http-send';

export interface Timing {
  step: string;
  ms: number;
  status: number;
}

export interface ParsedForm {
  action: string;
  enctype: string;
  inputs: { name: string; type: string; value: string }[];
}

const ATTRIBUTE = (name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'i');

function attribute(tag: string, name: string): string | undefined {
  const match = ATTRIBUTE(name).exec(tag);
  return match ? decodeEntities(match[1]!) : undefined;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** Every <form> of a page with its inputs (enough for the portal's server-rendered forms). */
export function parseForms(html: string): ParsedForm[] {
  const forms: ParsedForm[] = [];
  for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const [, attributes = '', body = ''] = match;
    const inputs = [...body.matchAll(/<(input|button)\b([^>]*)>/gi)].flatMap(([, element, tag = '']) => {
      const name = attribute(tag, 'name');
      if (!name) return [];
      const type = (attribute(tag, 'type') ?? (element!.toLowerCase() === 'button' ? 'submit' : 'text')).toLowerCase();
      return [{ name, type, value: attribute(tag, 'value') ?? '' }];
    });
    forms.push({
      action: attribute(` ${attributes}`, 'action') ?? '',
      enctype: attribute(` ${attributes}`, 'enctype') ?? 'application/x-www-form-urlencoded',
      inputs,
    });
  }
  return forms;
}

/**
 * The form holding a field named `name`, parsing only that form: the simulated citizens of a rush
 * read one form of each page, and the client shares the machine with the portal it measures.
 */
export function formWith(html: string, name: string): ParsedForm | undefined {
  const field = html.indexOf(`name="${name}"`);
  const start = field < 0 ? -1 : html.lastIndexOf('<form', field);
  const end = start < 0 ? -1 : html.indexOf('</form>', field);
  return end < 0 ? undefined : parseForms(html.slice(start, end + '</form>'.length))[0];
}

/** The fields a browser sends for `form`: its hidden inputs, the default button, then `values`. */
export function formFields(form: ParsedForm, values: Record<string, string>): Map<string, string> {
  const fields = new Map<string, string>();
  for (const input of form.inputs) if (input.type === 'hidden') fields.set(input.name, input.value);
  // The first named button is the default action, as when a person presses Enter.
  const button = form.inputs.find((input) => input.type === 'submit');
  if (button) fields.set(button.name, button.value);
  for (const [name, value] of Object.entries(values)) fields.set(name, value);
  return fields;
}

export class HttpUser {
  private readonly cookies = new Map<string, string>();
  readonly timings: Timing[] = [];

  /** `headers`: sent with every request (a citizen's own address behind the proxy, `x-forwarded-for`). */
  constructor(
    private readonly baseUrl: string,
    private readonly headers: Readonly<Record<string, string>> = {},
  ) {}

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private remember(response: SentAnswer): void {
    for (const line of response.setCookies) {
      const [pair = ''] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  async request(
    step: string,
    path: string,
    init: { method?: string; body?: string | FormData; contentType?: string } = {},
  ): Promise<{ status: number; location: string | null; html: string }> {
    const headers: Record<string, string> = { ...this.headers, cookie: this.cookieHeader() };
    if (init.contentType) headers['content-type'] = init.contentType;
    const started = performance.now();
    const response = await send(new URL(path, this.baseUrl), { method: init.method ?? 'GET', headers, body: init.body });
    this.timings.push({ step, ms: performance.now() - started, status: response.status });
    this.remember(response);
    return { status: response.status, location: response.location, html: response.text };
  }

  /** Submits `form` with its hidden inputs plus `values`; files go as multipart when the form says so. */
  async submit(step: string, form: ParsedForm, values: Record<string, string>, files: Record<string, { bytes: Buffer; filename: string; type: string }> = {}) {
    const fields = formFields(form, values);
    if (form.enctype === 'multipart/form-data') {
      const body = new FormData();
      for (const [name, value] of fields) body.append(name, value);
      for (const [name, file] of Object.entries(files)) body.append(name, new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.filename);
      return this.request(step, form.action, { method: 'POST', body });
    }
    return this.request(step, form.action, {
      method: 'POST',
      body: new URLSearchParams([...fields]).toString(),
      contentType: 'application/x-www-form-urlencoded',
    });
  }
}
