import type { Page } from 'playwright-core';

/** What a keyboard user (and a screen reader) meets on the focused element. */
export interface FocusInfo {
  tag: string;
  type: string;
  /** The `name` attribute of form controls. */
  name: string;
  id: string;
  href: string;
  /** Visible text, label or aria-label: roughly the accessible name. */
  text: string;
  /** `action` attribute of the control's form. */
  form: string;
  /** `value` attribute (radios, checkboxes, buttons). */
  value: string;
  checked: boolean;
  inMain: boolean;
}

export async function focused(page: Page): Promise<FocusInfo | null> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body || element === document.documentElement) return null;
    const control = element as HTMLInputElement;
    const label = control.labels?.[0]?.textContent ?? '';
    const text = (element.getAttribute('aria-label') ?? label ?? '') || element.textContent || control.value || '';
    return {
      tag: element.tagName.toLowerCase(),
      type: (element.getAttribute('type') ?? '').toLowerCase(),
      name: element.getAttribute('name') ?? '',
      id: element.id,
      href: element.getAttribute('href') ?? '',
      text: text.replace(/\s+/g, ' ').trim(),
      form: control.form?.getAttribute('action') ?? '',
      value: element.getAttribute('value') ?? '',
      checked: Boolean(control.checked),
      inMain: Boolean(element.closest('main')),
    };
  });
}

function describe(info: FocusInfo | null): string {
  if (!info) return '(Dokument)';
  const detail = info.name ? `[name=${info.name}]` : info.href ? `[href=${info.href}]` : '';
  return `${info.tag}${detail}${info.text ? ` "${info.text.slice(0, 40)}"` : ''}`;
}

/** Room for the longest way to a form (an admin's side navigation: a dozen area headings and the links of the open area), and a bound for a focus trap. */
const MAX_TABS = 150;

/**
 * Presses Tab (or Shift+Tab) until the focused element matches, as a keyboard user would; fails
 * with the focus order it walked through, so a missing or unreachable control is easy to see.
 */
export async function tabUntil(
  page: Page,
  matches: (info: FocusInfo) => boolean,
  what: string,
  { max = MAX_TABS, backwards = false } = {},
): Promise<FocusInfo> {
  const walked: string[] = [];
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const info = await focused(page);
    if (info && matches(info)) return info;
    walked.push(describe(info));
  }
  throw new Error(`Mit der Tastatur nicht erreichbar auf ${page.url()}: ${what}.\nFokusreihenfolge: ${walked.join(' → ')}`);
}

const FIELD_TAGS = new Set(['input', 'textarea', 'select']);

export function focusField(page: Page, name: string): Promise<FocusInfo> {
  return tabUntil(page, (info) => FIELD_TAGS.has(info.tag) && info.name === name, `Feld ${name}`);
}

/** Tabs to a field and types into it, replacing what was there. */
export async function typeInto(page: Page, name: string, value: string): Promise<void> {
  await focusField(page, name);
  await page.keyboard.press('ControlOrMeta+A');
  if (value === '') await page.keyboard.press('Delete');
  else await page.keyboard.type(value);
}

/** Tabs to a checkbox and ticks it with the space bar. */
export async function tick(page: Page, name: string): Promise<void> {
  const info = await focusField(page, name);
  if (!info.checked) await page.keyboard.press('Space');
  const after = await focused(page);
  if (!after?.checked) throw new Error(`Checkbox ${name} ließ sich mit der Leertaste nicht ankreuzen`);
}

/** Tabs to the checkbox `name` with this `value` (one of a group) and ticks it with the space bar. */
export async function tickValue(page: Page, name: string, value: string): Promise<void> {
  const info = await tabUntil(
    page,
    (candidate) => candidate.tag === 'input' && candidate.name === name && candidate.value === value,
    `Checkbox ${name}=${value}`,
  );
  if (!info.checked) await page.keyboard.press('Space');
  if (!(await focused(page))?.checked) throw new Error(`Checkbox ${name}=${value} ließ sich mit der Leertaste nicht ankreuzen`);
}

/**
 * Tabs into the radio group `name` (the focus lands on the chosen radio, or the first) and moves
 * with the arrow keys to `value`, which selects it, as in any radio group.
 */
export async function chooseRadio(page: Page, name: string, value: string): Promise<void> {
  let info = await tabUntil(page, (candidate) => candidate.tag === 'input' && candidate.type === 'radio' && candidate.name === name, `Optionsfelder ${name}`);
  for (let presses = 0; presses < 20 && !(info.value === value && info.checked); presses++) {
    await page.keyboard.press(info.value === value ? 'Space' : 'ArrowDown');
    const next = await focused(page);
    if (!next) break;
    info = next;
  }
  if (!(info.value === value && info.checked)) throw new Error(`Option ${name}=${value} ließ sich mit den Pfeiltasten nicht wählen`);
}

/** Presses a key that leads to a new page (Enter on a link or button) and waits until it has loaded. */
export async function pressAndWait(page: Page, key = 'Enter'): Promise<void> {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press(key)]);
}

function pathOf(href: string): string {
  return new URL(href, 'http://x').pathname;
}

/** Follows a link (by its target path) with Tab and Enter. */
export async function followLink(page: Page, path: string): Promise<void> {
  await tabUntil(page, (info) => info.tag === 'a' && info.href !== '' && pathOf(info.href) === path, `Link nach ${path}`);
  await pressAndWait(page);
}

/** Activates a button by its text with Tab and Enter. */
export async function pressButton(page: Page, text: string | RegExp): Promise<void> {
  const matches = (value: string) => (typeof text === 'string' ? value === text : text.test(value));
  await tabUntil(
    page,
    (info) => (info.tag === 'button' || (info.tag === 'input' && info.type === 'submit')) && matches(info.text),
    `Schaltfläche ${String(text)}`,
  );
  await pressAndWait(page);
}

/** Tabs from the focused field to its form's submit button and presses Enter. */
export async function submitByKeyboard(page: Page): Promise<void> {
  const current = await focused(page);
  const form = current?.form ?? '';
  await tabUntil(
    page,
    (info) => info.tag === 'button' && (info.type === 'submit' || info.type === '') && info.form === form && info.inMain,
    `Absende-Schaltfläche des Formulars ${form}`,
  );
  await pressAndWait(page);
}

/** Fills a form field by field with the keyboard only, then submits it with its button. */
export async function fillAndSubmit(page: Page, fields: Record<string, string | true>): Promise<void> {
  for (const [name, value] of Object.entries(fields)) {
    if (value === true) await tick(page, name);
    else await typeInto(page, name, value);
  }
  await submitByKeyboard(page);
}
