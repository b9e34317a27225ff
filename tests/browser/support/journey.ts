import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './axe';
import { isJavaScriptEnabled } from './browser';
import { fillAndSubmit, followLink, pressButton } from './keyboard';

/**
 * How a journey operates the page. The keyboard driver uses Tab, Space, Enter and typing only
 * (controls are found by where the focus lands); the form driver fills fields and clicks buttons
 * the ordinary way, used for the runs without JavaScript.
 */
export interface Driver {
  readonly label: string;
  follow(page: Page, path: string): Promise<void>;
  /** Fills the named fields (`true` ticks a checkbox) and submits their form. */
  submit(page: Page, fields: Record<string, string | true>): Promise<void>;
  press(page: Page, button: string): Promise<void>;
}

export const keyboardDriver: Driver = {
  label: 'nur Tastatur',
  follow: followLink,
  submit: fillAndSubmit,
  press: pressButton,
};

async function clickAndWait(page: Page, selector: string): Promise<void> {
  const target = page.locator(selector).first();
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), target.click()]);
}

export const formDriver: Driver = {
  label: 'Formulare',
  async follow(page, path) {
    await clickAndWait(page, `a[href="${path}"]:visible`);
  },
  async submit(page, fields) {
    const names = Object.keys(fields);
    for (const [name, value] of Object.entries(fields)) {
      const field = page.locator(`main [name="${name}"]`).first();
      if (value === true) await field.check();
      else await field.fill(value);
    }
    await clickAndWait(page, `main form:has([name="${names[0]}"]) button[type="submit"], main form:has([name="${names[0]}"]) button:not([type])`);
  },
  async press(page, button) {
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.getByRole('button', { name: button, exact: true }).first().click()]);
  },
};

/** Runs one step of a journey; a failure names the step. */
export async function step<T>(name: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof Error) error.message = `Schritt "${name}": ${error.message}`;
    throw error;
  }
}

export interface PageExpectation {
  path: string;
  h1?: string | RegExp;
  /** Text that must appear in <main> (a confirmation banner, for example). */
  text?: string | RegExp;
}

/**
 * Checks where the journey is: path, h1 and text. With JavaScript, each distinct page of a
 * journey is also scanned by axe once (`audited` remembers which).
 */
export async function expectAt(page: Page, expected: PageExpectation, audited?: Set<string>): Promise<void> {
  const url = new URL(page.url());
  assert.equal(url.pathname, expected.path, `erwartet ${expected.path}, ist ${url.pathname}${url.search}`);
  if (expected.h1) {
    const h1 = ((await page.locator('h1').first().textContent()) ?? '').trim();
    if (typeof expected.h1 === 'string') assert.equal(h1, expected.h1);
    else assert.match(h1, expected.h1);
  }
  if (expected.text) {
    const main = (await page.locator('main').textContent()) ?? '';
    if (typeof expected.text === 'string') assert.ok(main.includes(expected.text), `"${expected.text}" fehlt auf ${expected.path}`);
    else assert.match(main, expected.text);
  }
  if (audited && isJavaScriptEnabled(page)) {
    const key = `${expected.path.replace(/\/[A-Za-z0-9_-]{43}$/, '/<token>')} ${await page.title()}`;
    if (!audited.has(key)) {
      audited.add(key);
      await expectNoAxeViolations(page);
    }
  }
}
