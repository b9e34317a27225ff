/**
 * Reads forms and links out of the portal's HTML, so the robustness test sends the fields and query
 * parameters the pages really use (and learns new ones without being told).
 */
import { formFields, links, parseHtml, type FormField, type HTMLElement } from '../support/html';

export type { FormField } from '../support/html';

export interface HtmlForm {
  /** Path of the action, without query; the page's own path when the form has no action. */
  action: string;
  method: 'get' | 'post';
  multipart: boolean;
  fields: FormField[];
}

function pathOf(href: string, pagePath: string): string {
  const path = href.split(/[?#]/, 1)[0]!;
  return path === '' ? pagePath : path;
}

function formsOf(page: HTMLElement, pagePath: string): HtmlForm[] {
  return page.querySelectorAll('form').map((form) => ({
    action: pathOf(form.getAttribute('action') ?? '', pagePath),
    method: form.getAttribute('method')?.toLowerCase() === 'post' ? 'post' : 'get',
    multipart: form.getAttribute('enctype') === 'multipart/form-data',
    fields: formFields(form),
  }));
}

export function formsIn(html: string | HTMLElement, pagePath: string): HtmlForm[] {
  return formsOf(typeof html === 'string' ? parseHtml(html) : html, pagePath);
}

/** Names of the query parameters that links and GET forms on a page send to `path`. */
export function queryNamesIn(html: string | HTMLElement, pagePath: string, path: string): string[] {
  const page = typeof html === 'string' ? parseHtml(html) : html;
  const names = new Set<string>();
  for (const { href } of links(page)) {
    if (!href.includes('?') || pathOf(href, pagePath) !== path) continue;
    for (const name of new URLSearchParams(href.split('?', 2)[1]!.split('#', 1)[0]).keys()) names.add(name);
  }
  for (const form of formsIn(page, pagePath)) {
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
      const chosen =
        form.fields.find((other) => other.name === field.name && other.checked) ?? form.fields.find((other) => other.name === field.name && other.value !== '');
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
