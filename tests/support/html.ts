/**
 * Reading the portal's HTML in tests through a real parser: what a test looks for (a hidden field,
 * the error summary, a table) must not depend on the order in which Preact writes attributes.
 */
import assert from 'node:assert/strict';
import { parse, TextNode, type HTMLElement, type Node } from 'node-html-parser';

export type { HTMLElement } from 'node-html-parser';

/** `<pre>` is parsed like any element (the parser's default keeps it raw), as the portal puts links into it. */
export function parseHtml(html: string): HTMLElement {
  return parse(html, { comment: false, blockTextElements: { script: true, noscript: true, style: true } });
}

const rootOf = (html: string | HTMLElement): HTMLElement => (typeof html === 'string' ? parseHtml(html) : html);

/** The value of the first hidden (or other) input named `name`, undefined when the page has none. */
export function findHiddenValue(html: string | HTMLElement, name: string): string | undefined {
  return rootOf(html).querySelector(`input[name="${name}"]`)?.getAttribute('value');
}

/** The value of the first input named `name`; fails the test when the page has none. */
export function hiddenValue(html: string | HTMLElement, name: string): string {
  const value = findHiddenValue(html, name);
  assert.ok(value !== undefined, `page has an input named ${name}`);
  return value;
}

/** The CSRF token of the page's first form. */
export function csrfTokenIn(html: string | HTMLElement): string {
  return hiddenValue(html, '_csrf');
}

/** Visible text as a person reads it: the text of every node, separated by spaces, whitespace collapsed. */
export function textOf(html: string | HTMLElement): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node instanceof TextNode) parts.push(node.text);
    else if (!['script', 'style'].includes(node.rawTagName?.toLowerCase() ?? '')) node.childNodes.forEach(walk);
  };
  walk(rootOf(html));
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The entries of the page's error summary, in order: message and the `#field` it links to. */
export function errorSummary(html: string | HTMLElement): { text: string; href: string }[] {
  const summary = rootOf(html).querySelector('.error-summary');
  return (summary?.querySelectorAll('li a') ?? []).map((link) => ({ text: textOf(link), href: link.getAttribute('href') ?? '' }));
}

/** The messages of the error summary, in order. */
export function errorMessages(html: string | HTMLElement): string[] {
  return errorSummary(html).map((entry) => entry.text);
}

/** The ids of the fields the error summary links to, in order. */
export function errorFields(html: string | HTMLElement): string[] {
  return errorSummary(html).map((entry) => entry.href.replace(/^#/, ''));
}

/** The cell texts of each body row of the first table matching `selector` (by default the first table). */
export function tableRows(html: string | HTMLElement, selector = 'table'): string[][] {
  const table = rootOf(html).querySelector(selector);
  const rows = table?.querySelectorAll('tbody tr') ?? [];
  return rows.map((row) =>
    row.childNodes.filter((cell): cell is HTMLElement => ['TD', 'TH'].includes((cell as HTMLElement).tagName)).map((cell) => textOf(cell)),
  );
}

/** The links of a page (or of the part `selector` picks): target, text, and whether they mark the current page. */
export function links(html: string | HTMLElement, selector = 'a[href]'): { href: string; text: string; current: boolean }[] {
  return rootOf(html)
    .querySelectorAll(selector)
    .map((link) => ({ href: link.getAttribute('href') ?? '', text: textOf(link), current: link.getAttribute('aria-current') === 'page' }));
}

export interface FormField {
  name: string;
  /** input type, or `select`, `textarea`, `button`. */
  kind: string;
  value: string;
  /** Checked (checkbox, radio) or selected (option). */
  checked: boolean;
}

/** Every named control of a form in document order; a select gives one entry per option. */
export function formFields(form: HTMLElement): FormField[] {
  return form.querySelectorAll('input[name], button[name], select[name], textarea[name]').flatMap((control): FormField[] => {
    const name = control.getAttribute('name')!;
    const tag = control.tagName.toLowerCase();
    if (tag === 'select') {
      return control
        .querySelectorAll('option')
        .map((option) => ({ name, kind: 'select', value: option.getAttribute('value') ?? option.text.trim(), checked: option.hasAttribute('selected') }));
    }
    if (tag === 'textarea') return [{ name, kind: 'textarea', value: control.text, checked: false }];
    const kind = tag === 'button' ? 'button' : (control.getAttribute('type') ?? 'text').toLowerCase();
    return [{ name, kind, value: control.getAttribute('value') ?? '', checked: control.hasAttribute('checked') }];
  });
}
