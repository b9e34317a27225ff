import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { focused, tabUntil } from './keyboard';

/** Problems the visitor never sees but that break the page: script errors, CSP violations, missing assets. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`Skriptfehler: ${error.message}`));
  page.on('console', (message) => {
    // A 4xx page (404, form errors) is logged as "Failed to load resource"; subresources are checked below.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`Konsole: ${message.text()}`);
  });
  page.on('response', (response) => {
    const request = response.request();
    if (request.isNavigationRequest()) return;
    if (response.status() >= 400) problems.push(`${response.status()} für ${request.resourceType()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    // The no-JS axe snapshot blocks scripts on purpose; that happens in another context.
    problems.push(`Laden fehlgeschlagen: ${request.url()} (${request.failure()?.errorText ?? '?'})`);
  });
  return problems;
}

/** lang="de", exactly one h1, and the title "<Titel> – <Stadt>". Returns the title without the suffix. */
export async function expectPageBasics(page: Page, officialName: string): Promise<string> {
  const facts = await page.evaluate(() => ({
    lang: document.documentElement.getAttribute('lang'),
    h1: Array.from(document.querySelectorAll('h1')).map((h) => (h.textContent ?? '').trim()),
    title: document.title,
  }));
  assert.equal(facts.lang, 'de', 'html lang muss "de" sein');
  assert.equal(facts.h1.length, 1, `genau eine h1 erwartet, gefunden: ${JSON.stringify(facts.h1)}`);
  assert.ok(facts.h1[0], 'die h1 darf nicht leer sein');
  const suffix = ` – ${officialName}`;
  assert.ok(facts.title.endsWith(suffix) && facts.title.length > suffix.length, `Seitentitel "${facts.title}" folgt nicht dem Muster "<Titel>${suffix}"`);
  return facts.title.slice(0, -suffix.length);
}

/**
 * Right after loading: the first Tab reaches the visible skip link, Enter moves the focus to
 * <main>, and the next Tab continues inside or after main (not in the header again).
 */
export async function expectSkipLinkWorks(page: Page): Promise<void> {
  await page.keyboard.press('Tab');
  const first = await focused(page);
  assert.ok(
    first && first.tag === 'a' && first.href === '#main',
    `erster Tab-Stopp muss der Link "Zum Inhalt springen" (#main) sein, ist ${JSON.stringify(first)}`,
  );
  const box = await page.evaluate(() => {
    const rect = document.activeElement!.getBoundingClientRect();
    return { left: rect.left, top: rect.top, width: rect.width, height: rect.height, vw: window.innerWidth };
  });
  assert.ok(
    box.width > 0 && box.height > 0 && box.left >= 0 && box.top >= 0 && box.left < box.vw,
    `Sprunglink ist fokussiert nicht sichtbar: ${JSON.stringify(box)}`,
  );
  await page.keyboard.press('Enter');
  const target = await page.evaluate(() => ({ id: document.activeElement?.id ?? '', tag: document.activeElement?.tagName.toLowerCase() ?? '' }));
  assert.deepEqual(target, { id: 'main', tag: 'main' }, 'nach Enter auf dem Sprunglink muss <main id="main"> den Fokus haben');
  await page.keyboard.press('Tab');
  const next = await page.evaluate(() => {
    const main = document.querySelector('main')!;
    const active = document.activeElement;
    if (!active || active === document.body) return 'none';
    return main.contains(active) || Boolean(main.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING) ? 'after' : 'before';
  });
  assert.notEqual(next, 'before', 'nach dem Sprung darf der nächste Tab-Stopp nicht wieder im Kopfbereich liegen');
}

interface FocusStyle {
  outlineStyle: string;
  outlineWidth: string;
  boxShadow: string;
  backgroundColor: string;
  color: string;
}

/**
 * Tabs to the first link in <main> (or, if main has none, any link after the skip link) and
 * checks the focus indicator: an outline of at least 2 px or a box-shadow, different from the
 * unfocused look (WCAG 2.4.7).
 */
export async function expectVisibleFocus(page: Page): Promise<void> {
  const hasMainLink = await page.evaluate(() => Boolean(document.querySelector('main a[href]')));
  await tabUntil(page, (info) => info.tag === 'a' && info.href !== '#main' && (info.inMain || !hasMainLink), 'ein Link für die Fokusprüfung');
  // No helper functions inside evaluate: tsx's keepNames would wrap them in an undefined __name().
  const styles = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const keys = ['outlineStyle', 'outlineWidth', 'boxShadow', 'backgroundColor', 'color'] as const;
    const focusedComputed = getComputedStyle(element);
    const focusedStyle = Object.fromEntries(keys.map((key) => [key, focusedComputed[key]]));
    element.blur();
    const plainComputed = getComputedStyle(element);
    const plain = Object.fromEntries(keys.map((key) => [key, plainComputed[key]]));
    element.focus();
    return { focusedStyle: focusedStyle as unknown as FocusStyle, plain: plain as unknown as FocusStyle, html: element.outerHTML.slice(0, 120) };
  });
  const { focusedStyle, plain } = styles;
  const outline = focusedStyle.outlineStyle !== 'none' && parseFloat(focusedStyle.outlineWidth) >= 2;
  const shadow = focusedStyle.boxShadow !== 'none';
  assert.ok(outline || shadow, `kein sichtbarer Fokus (outline/box-shadow) an ${styles.html}: ${JSON.stringify(focusedStyle)}`);
  assert.notDeepEqual(focusedStyle, plain, `Fokus sieht aus wie ohne Fokus an ${styles.html}`);
}

/** No horizontal scrolling at this width (WCAG 1.4.10 Reflow). */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  assert.ok(widths.scroll <= widths.client + 1, `waagerechtes Scrollen bei ${widths.client} px: Inhalt ist ${widths.scroll} px breit`);
}

/** The error summary of a failed form: "Es gibt ein Problem", each link pointing at a field that exists. */
export async function expectErrorSummary(page: Page, { focusedByScript }: { focusedByScript: boolean }): Promise<void> {
  const facts = await page.evaluate(() => {
    const summary = document.querySelector<HTMLElement>('[data-module="error-summary"], .error-summary');
    const links = summary ? Array.from(summary.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')).map((a) => a.getAttribute('href')!.slice(1)) : [];
    return {
      present: Boolean(summary),
      text: summary?.textContent ?? '',
      focused: Boolean(summary && document.activeElement === summary),
      firstInMain: Boolean(summary && document.querySelector('main')?.contains(summary)),
      links,
      missingTargets: links.filter((id) => !document.getElementById(id)),
      title: document.title,
    };
  });
  assert.ok(facts.present, 'Fehlerzusammenfassung fehlt');
  assert.match(facts.text, /Es gibt ein Problem/);
  assert.ok(facts.firstInMain, 'Fehlerzusammenfassung muss in <main> stehen');
  assert.ok(facts.links.length > 0, 'Fehlerzusammenfassung verlinkt keine Felder');
  assert.deepEqual(facts.missingTargets, [], 'Links der Fehlerzusammenfassung zeigen auf Felder, die es nicht gibt');
  assert.ok(facts.title.startsWith('Fehler: '), `Seitentitel "${facts.title}" muss mit "Fehler: " beginnen`);
  if (focusedByScript) assert.ok(facts.focused, 'mit JavaScript muss die Fehlerzusammenfassung den Fokus haben');
}
