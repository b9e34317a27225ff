import type { Browser, Page } from 'playwright-core';
import { recordAxeScan } from './axe-coverage';
import { AXE_SCRIPT_PATH, loadAxe } from './axe-script';
import { isJavaScriptEnabled } from './browser';

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

/** Runs axe in the page (loadAxe says how it gets there). Needs a JavaScript-enabled context. */
async function runAxeInPage(page: Page): Promise<AxeViolation[]> {
  await loadAxe(page);
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
interface SnapshotPage {
  page: Page;
  /** HTML to serve per URL (without fragment) for the next navigation there. */
  documents: Map<string, string>;
  /** Scans queued on the one page, so two never share it at once. */
  queue: Promise<unknown>;
}

/**
 * One JavaScript-enabled page per browser serves all no-JS snapshots, navigated from one to the next:
 * a page (or context) per scan would start a renderer and compile axe afresh each time (measured
 * 2.5 s per scan then, 0.5 s with the one page).
 */
const snapshotPages = new WeakMap<Browser, Promise<SnapshotPage>>();

function snapshotPage(browser: Browser): Promise<SnapshotPage> {
  let pending = snapshotPages.get(browser);
  if (!pending) {
    pending = (async () => {
      const documents = new Map<string, string>();
      const context = await browser.newContext({ javaScriptEnabled: true, locale: 'de-DE' });
      await context.route('**/*', async (route) => {
        const request = route.request();
        const html = request.isNavigationRequest() ? documents.get(request.url().split('#')[0]!) : undefined;
        if (html !== undefined) await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
        else if (request.resourceType() === 'script' && new URL(request.url()).pathname !== AXE_SCRIPT_PATH) await route.abort();
        else await route.continue();
      });
      return { page: await context.newPage(), documents, queue: Promise.resolve() };
    })();
    snapshotPages.set(browser, pending);
  }
  return pending;
}

async function runAxeOnNoJsSnapshot(page: Page): Promise<AxeViolation[]> {
  const html = await page.content();
  const pageUrl = page.url().split('#')[0]!;
  const viewport = page.viewportSize();
  const browser = page.context().browser();
  if (!browser) throw new Error('page has no browser');
  const snapshot = await snapshotPage(browser);
  const scan = snapshot.queue.then(async () => {
    snapshot.documents.set(pageUrl, html);
    try {
      if (viewport) await snapshot.page.setViewportSize(viewport);
      await snapshot.page.goto(pageUrl);
      return await runAxeInPage(snapshot.page);
    } finally {
      snapshot.documents.delete(pageUrl);
    }
  });
  snapshot.queue = scan.catch(() => undefined);
  return scan;
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
