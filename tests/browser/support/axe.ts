import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { recordAxeScan } from './axe-coverage';
import { isJavaScriptEnabled } from './browser';

/** axe-core's browser bundle, read once per process. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 A and AA: what BITV 2.0 / BITVNRW require via EN 301 549. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

/**
 * Best-practice rules switched on in addition to the WCAG tags: landmarks (content outside a
 * landmark, duplicate or nested banners/mains) and one h1; plus WCAG 2.2's target size (docs/design.md
 * asks for 24×24 px). All other best-practice rules stay off.
 */
export const EXTRA_RULES = [
  'region',
  'landmark-one-main',
  'landmark-unique',
  'landmark-no-duplicate-banner',
  'landmark-no-duplicate-contentinfo',
  'landmark-no-duplicate-main',
  'landmark-main-is-top-level',
  'landmark-banner-is-top-level',
  'landmark-contentinfo-is-top-level',
  'landmark-complementary-is-top-level',
  'page-has-heading-one',
  'target-size',
] as const;

export interface AxeNode {
  target: string[];
  html: string;
  failureSummary: string;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

interface AxeRunResult {
  violations: AxeViolation[];
}

/**
 * Runs axe in the page. The portal's CSP forbids inline scripts, so axe is not added as a
 * `<script>` tag (addScriptTag would need `bypassCSP`): it is evaluated through the DevTools
 * protocol, which the page's CSP does not govern. Needs a JavaScript-enabled context.
 */
async function runAxeInPage(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const options = {
    runOnly: { type: 'tag', values: [...AXE_TAGS] },
    rules: Object.fromEntries(EXTRA_RULES.map((id) => [id, { enabled: true }])),
    resultTypes: ['violations'],
  };
  const result = await page.evaluate(async (runOptions) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<AxeRunResult> } }).axe;
    const raw = await axe.run(document, runOptions);
    return raw.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({ target: node.target.map(String), html: node.html, failureSummary: node.failureSummary })),
    }));
  }, options);
  return result;
}

/**
 * axe needs JavaScript, but a no-JS page must be checked as it is without JavaScript. So the
 * DOM of the no-JS page is copied into a separate JavaScript-enabled context at the same URL
 * (same stylesheets, fonts and images from the live server), with the portal's own scripts
 * blocked, so the DOM stays exactly what a browser without JavaScript shows. This also covers
 * pages that are the answer to a POST (error states), which a fresh GET could not reproduce.
 */
interface SnapshotContext {
  context: BrowserContext;
  /** HTML to serve per URL (without fragment) for the next navigation there. */
  documents: Map<string, string>;
}

/** One JavaScript-enabled context per browser serves all no-JS snapshots (a context per scan costs a renderer start). */
const snapshotContexts = new WeakMap<Browser, Promise<SnapshotContext>>();

function snapshotContext(browser: Browser): Promise<SnapshotContext> {
  let pending = snapshotContexts.get(browser);
  if (!pending) {
    pending = (async () => {
      const documents = new Map<string, string>();
      const context = await browser.newContext({ javaScriptEnabled: true, locale: 'de-DE' });
      await context.route('**/*', async (route) => {
        const request = route.request();
        const html = request.isNavigationRequest() ? documents.get(request.url().split('#')[0]!) : undefined;
        if (html !== undefined) await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
        else if (request.resourceType() === 'script') await route.abort();
        else await route.continue();
      });
      return { context, documents };
    })();
    snapshotContexts.set(browser, pending);
  }
  return pending;
}

async function runAxeOnNoJsSnapshot(page: Page): Promise<AxeViolation[]> {
  const html = await page.content();
  const pageUrl = page.url().split('#')[0]!;
  const browser = page.context().browser();
  if (!browser) throw new Error('page has no browser');
  const { context, documents } = await snapshotContext(browser);
  documents.set(pageUrl, html);
  const snapshot = await context.newPage();
  try {
    const viewport = page.viewportSize();
    if (viewport) await snapshot.setViewportSize(viewport);
    await snapshot.goto(pageUrl);
    return await runAxeInPage(snapshot);
  } finally {
    documents.delete(pageUrl);
    await snapshot.close();
  }
}

/** All WCAG 2.1 AA violations of the page as it is now (DOM state, focus and viewport included). */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  const violations = await (isJavaScriptEnabled(page) ? runAxeInPage(page) : runAxeOnNoJsSnapshot(page));
  recordAxeScan(page);
  return violations;
}

const MAX_NODES = 8;

/** A report a person can act on: rule, impact, help URL, and for each element its selector, HTML and what to fix. */
export function formatViolations(violations: AxeViolation[], where: string): string {
  const lines = [`${violations.length} axe-Verstoß/Verstöße (WCAG 2.1 AA) auf ${where}:`];
  for (const violation of violations) {
    lines.push(``, `● ${violation.id} [${violation.impact ?? 'unbekannt'}] ${violation.help}`, `  ${violation.helpUrl}`);
    for (const node of violation.nodes.slice(0, MAX_NODES)) {
      lines.push(`  - Selektor: ${node.target.join(' >>> ')}`, `    HTML: ${node.html.replace(/\s+/g, ' ').slice(0, 200)}`);
      const fix = node.failureSummary.replace(/\s+/g, ' ').trim();
      if (fix) lines.push(`    Behebung: ${fix.slice(0, 300)}`);
    }
    if (violation.nodes.length > MAX_NODES) lines.push(`  … und ${violation.nodes.length - MAX_NODES} weitere Elemente`);
  }
  return lines.join('\n');
}

/** Fails with a readable list when axe finds any WCAG 2.1 AA violation. `label` names the state (viewport, JS, error state). */
export async function expectNoAxeViolations(page: Page, label = ''): Promise<void> {
  const violations = await runAxe(page);
  if (violations.length === 0) return;
  const url = new URL(page.url());
  const where = `${url.pathname}${url.search}${label ? ` (${label})` : ''}`;
  throw new Error(formatViolations(violations, where));
}
