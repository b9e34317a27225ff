/**
 * Reads forms and links out of the portal's HTML, so the robustness test sends the fields and query
 * parameters the pages really use (and learns new ones without being told).
 */

export interface FormField {
  name: string;
  /** input type, or `select`, `textarea`, `button`. */
  kind: string;
  value: string;
  /** Checked (checkbox, radio) or selected (option). */
  checked: boolean;
}

export interface HtmlForm {
  /** Path of the action, without query; the page's own path when the form has no action. */
  action: string;
  method: 'get' | 'post';
  multipart: boolean;
  fields: FormField[];
}

function decode(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of tag.matchAll(/([a-zA-Z_:][-\w:.]*)(?:\s*=\s*"([^"]*)")?/g)) found[match[1]!.toLowerCase()] = decode(match[2] ?? '');
  return found;
}

function pathOf(href: string, pagePath: string): string {
  const path = href.split(/[?#]/, 1)[0]!;
  return path === '' ? pagePath : path;
}

function fieldsIn(inner: string): FormField[] {
  const fields: FormField[] = [];
  for (const match of inner.matchAll(/<(input|button)\b([^>]*)>/g)) {
    const attrs = attributes(match[2]!);
    if (!attrs.name) continue;
    const kind = match[1] === 'button' ? 'button' : (attrs.type ?? 'text').toLowerCase();
    fields.push({ name: attrs.name, kind, value: attrs.value ?? '', checked: 'checked' in attrs });
  }
  for (const match of inner.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
    const name = attributes(match[1]!).name;
    if (!name) continue;
    for (const option of match[2]!.matchAll(/<option\b([^>]*)>([^<]*)/g)) {
      const attrs = attributes(option[1]!);
      fields.push({ name, kind: 'select', value: attrs.value ?? decode(option[2]!.trim()), checked: 'selected' in attrs });
    }
  }
  for (const match of inner.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)) {
    const name = attributes(match[1]!).name;
    if (name) fields.push({ name, kind: 'textarea', value: decode(match[2]!), checked: false });
  }
  return fields;
}

export function formsIn(html: string, pagePath: string): HtmlForm[] {
  return [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)].map((match) => {
    const attrs = attributes(match[1]!);
    return {
      action: pathOf(attrs.action ?? '', pagePath),
      method: attrs.method?.toLowerCase() === 'post' ? 'post' : 'get',
      multipart: attrs.enctype === 'multipart/form-data',
      fields: fieldsIn(match[2]!),
    };
  });
}

/** Names of the query parameters that links and GET forms on a page send to `path`. */
export function queryNamesIn(html: string, pagePath: string, path: string): string[] {
  const names = new Set<string>();
  for (const match of html.matchAll(/href="([^"]*\?[^"]*)"/g)) {
    const href = decode(match[1]!);
    if (pathOf(href, pagePath) !== path) continue;
    for (const name of new URLSearchParams(href.split('?', 2)[1]!.split('#', 1)[0]).keys()) names.add(name);
  }
  for (const form of formsIn(html, pagePath)) {
    if (form.method === 'get' && form.action === path) for (const field of form.fields) names.add(field.name);
  }
  return [...names];
}

/** A value a person might type, by the field's name and type: so the body passes validation, and a single bad field is what fails. */
function plausible(field: FormField): string {
  const name = field.name.toLowerCase();
  if (field.kind === 'password' || /passw/.test(name)) return 'Falsches-Passwort-2026';
  if (field.kind === 'email' || name.includes('email')) return 'robust@example.org';
  if (field.kind === 'date') return '2026-03-02';
  if (name.endsWith('-day')) return '28';
  if (name.endsWith('-month')) return '2';
  if (name.endsWith('-year')) return '1990';
  if (/postal|plz/.test(name)) return '58636';
  if (name.includes('iban')) return 'DE02120300000000202051';
  if (/phone|telefon/.test(name)) return '02371 217-0';
  if (name === 'id' || name.endsWith('key')) return 'robustheit';
  if (field.kind === 'number' || /number|nummer|amount|betrag|count|anzahl/.test(name)) return '1';
  if (field.kind === 'url') return 'https://example.org/';
  return 'Robustheitstest Iserlohn';
}

/**
 * The form filled in plausibly: what the page prefilled, the first choice of each radio group and
 * select, every checkbox ticked (declarations), a typical value in each empty text field.
 */
export function baselineOf(form: HtmlForm): Record<string, string | string[]> {
  const body: Record<string, string[]> = {};
  const add = (name: string, value: string) => (body[name] ??= []).push(value);
  const seen = new Set<string>();
  for (const field of form.fields) {
    if (field.name === '_csrf' || field.kind === 'file') continue;
    const first = !seen.has(field.name);
    seen.add(field.name);
    if (field.kind === 'checkbox') {
      add(field.name, field.value || 'on');
    } else if (field.kind === 'radio' || field.kind === 'select') {
      const chosen = form.fields.find((other) => other.name === field.name && other.checked) ?? form.fields.find((other) => other.name === field.name && other.value !== '');
      if (first && chosen) add(field.name, chosen.value);
    } else if (field.kind === 'button' || field.kind === 'submit') {
      if (first) add(field.name, field.value);
    } else {
      add(field.name, field.value || (field.kind === 'hidden' ? '' : plausible(field)));
    }
  }
  return Object.fromEntries(Object.entries(body).map(([name, values]) => [name, values.length === 1 ? values[0]! : values]));
}

/** Names of the form's fields (not the token), each once. */
export function fieldNames(form: HtmlForm): string[] {
  return [...new Set(form.fields.filter((field) => field.name !== '_csrf').map((field) => field.name))];
}

export function fileFieldNames(form: HtmlForm): string[] {
  return [...new Set(form.fields.filter((field) => field.kind === 'file').map((field) => field.name))];
}
