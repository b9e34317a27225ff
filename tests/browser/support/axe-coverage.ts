import type { BrowserContext, Page, Response } from 'playwright-core';

/**
 * Every portal page a browser test loads must be scanned by axe at least once in its test file, or
 * an accessibility regression on it slips through. The suite records each HTML page the browser
 * loads and each page axe scans, keyed by route (ids and tokens in the path replaced, query ignored),
 * and fails at the end of the file when a loaded page was never scanned. The public pages count as
 * scanned everywhere: pages.browser.ts scans each of them at two widths, with and without JavaScript.
 */

/** One path segment that names an object or carries a secret, not a page of its own. */
const VARIABLE_SEGMENTS: [RegExp, string][] = [
  [/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, ':id'],
  [/^\d+$/, ':nummer'],
  [/^[A-Z]{2,5}-\d{4}-\d{6,}$/, ':aktenzeichen'],
  [/^(?=.*\d)[A-Za-z0-9_-]{20,}$/, ':token'],
];

/** The route of a URL, e.g. `/konto/antraege/:id` for every application's detail page. */
export function routeOf(url: string): string {
  const segments = new URL(url).pathname.split('/').map((segment) => VARIABLE_SEGMENTS.find(([pattern]) => pattern.test(segment))?.[1] ?? segment);
  return segments.join('/') || '/';
}

export class AxeCoverage {
  /** Route → the first URL it was loaded at (shown in the failure). */
  private readonly loaded = new Map<string, string>();
  private readonly scanned = new Set<string>();

  /**
   * `origin`: only the portal's own pages count, not a test identity provider on another port.
   * `scannedElsewhere`: URLs another test file scans in every state (pages.browser.ts: the public pages).
   */
  constructor(
    private readonly origin: string,
    scannedElsewhere: string[] = [],
  ) {
    for (const url of scannedElsewhere) this.scanned.add(routeOf(new URL(url, origin).toString()));
  }

  pageLoaded(url: string): void {
    if (new URL(url).origin !== this.origin) return;
    const route = routeOf(url);
    if (!this.loaded.has(route)) this.loaded.set(route, url);
  }

  pageScanned(url: string): void {
    this.scanned.add(routeOf(url));
  }

  /** Loaded routes never scanned, with the URL each was first loaded at. */
  unscanned(): { route: string; url: string }[] {
    return [...this.loaded].filter(([route]) => !this.scanned.has(route)).map(([route, url]) => ({ route, url }));
  }

  /** Throws with what to do when a loaded page was never scanned. */
  assertComplete(): void {
    const missing = this.unscanned();
    if (missing.length === 0) return;
    throw new Error(
      [
        `${missing.length} Seite(n) wurden im Browser geladen, aber nie mit axe geprüft:`,
        ...missing.map(({ route, url }) => `  - ${route} (zuerst geladen: ${new URL(url).pathname}${new URL(url).search})`),
        'Rufen Sie auf jeder dieser Seiten expectNoAxeViolations(page) aus tests/browser/support/axe.ts auf',
        '(oder expectAt(page, …, audited) aus support/journey.ts): jede Seite, die ein Browser-Test lädt, wird auf Barrieren geprüft.',
      ].join('\n'),
    );
  }
}

const coverageOfContext = new WeakMap<BrowserContext, AxeCoverage>();

/** An HTML document loaded into a page's main frame (not a redirect, an image or a download). */
function isPageLoad(page: Page, response: Response): boolean {
  const request = response.request();
  if (!request.isNavigationRequest() || request.frame() !== page.mainFrame()) return false;
  if (response.status() >= 300 && response.status() < 400) return false;
  return (response.headers()['content-type'] ?? '').startsWith('text/html');
}

/** Records every page that the context's pages load, from now on. */
export function trackPageLoads(context: BrowserContext, coverage: AxeCoverage): void {
  coverageOfContext.set(context, coverage);
  context.on('page', (page) => {
    page.on('response', (response) => {
      if (isPageLoad(page, response)) coverage.pageLoaded(response.url());
    });
  });
}

/** Marks the page's current URL as scanned by axe (a page of an untracked context is ignored). */
export function recordAxeScan(page: Page): void {
  coverageOfContext.get(page.context())?.pageScanned(page.url());
}
