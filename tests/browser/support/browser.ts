import { existsSync } from 'node:fs';
import { after, afterEach, before, beforeEach, describe } from 'node:test';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import type { ModuleManifest } from '../../../src/kernel/module';
import { createTestApp, type TestApp } from '../../support/test-app';
import { PUBLIC_PAGES } from '../public-pages';
import { AxeCoverage, trackPageLoads } from './axe-coverage';
import { axeServedAt, serveAxeScript } from './axe-script';

/**
 * Debian's Chromium (docs/stack.md); never `npx playwright install`. Its headless shell (package
 * `chromium-headless-shell`, the same Blink without the browser UI) is preferred: the full browser's
 * headless mode spent as much CPU in its browser process as in all renderers, and the browser suite
 * took 329 s instead of 189 s on two cores. Override with CHROMIUM_PATH.
 */
export const CHROMIUM_PATH =
  process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((path) => existsSync(path)) ?? '/usr/bin/chromium';

/** The flags Chromium needs on these machines (docs/stack.md, browser tests). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // New pages of one context share a renderer per site: the no-JS axe snapshots and second tabs skip
  // a renderer start (~0.4 s each on these machines) and find axe already compiled.
  '--process-per-site',
];

export const CHROMIUM_AVAILABLE = existsSync(CHROMIUM_PATH);

/** Shown as the skip reason of every browser suite when Chromium is missing; the run still exits 0. */
export const SKIP_MESSAGE = `Chromium nicht gefunden unter ${CHROMIUM_PATH} – Browser-Tests übersprungen; apt-get install chromium-headless-shell`;

export const DESKTOP = { width: 1280, height: 900 } as const;
export const MOBILE = { width: 375, height: 740 } as const;

const NO_JS_CONTEXTS = new WeakSet<BrowserContext>();

/** False for pages of contexts created with `javaScript: false`. */
export function isJavaScriptEnabled(page: Page): boolean {
  return !NO_JS_CONTEXTS.has(page.context());
}

export interface ContextOptions {
  /** false: a browser without JavaScript (every journey must work so). Default true. */
  javaScript?: boolean;
  viewport?: { width: number; height: number };
  /** Extra Playwright options, e.g. `bypassCSP`. */
  extra?: BrowserContextOptions;
}

export interface BrowserEnv {
  /** The real app on a real database, listening on 127.0.0.1 (one per test file). */
  readonly t: TestApp;
  readonly browser: Browser;
  /** e.g. http://127.0.0.1:41234 */
  readonly baseUrl: string;
  url(path: string): string;
  /** A fresh context (own cookies, empty cache); closed automatically after the test. */
  newContext(options?: ContextOptions): Promise<BrowserContext>;
  /** A page in a fresh context. */
  newPage(options?: ContextOptions): Promise<Page>;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export interface SuiteOptions {
  /** Environment for the test app's configuration (e.g. DEMO_DATA). */
  env?: Record<string, string>;
  /** Modules to mount instead of the registry (e.g. plus the test-only component gallery). */
  modules?: ModuleManifest[];
}

/**
 * One browser suite per test file: one server (createTestApp + listen on 127.0.0.1:0) and one
 * Chromium for all its tests, a fresh context per test. Without Chromium the whole suite is
 * skipped with SKIP_MESSAGE. Rate-limit windows are emptied before each test, so journeys that log
 * in several times do not trip the login limit meant for attackers. When all its tests passed, the
 * file fails if one of the portal's pages was loaded but never scanned by axe (AxeCoverage).
 */
export function browserSuite(name: string, body: (env: BrowserEnv) => void, options: SuiteOptions = {}): void {
  if (!CHROMIUM_AVAILABLE) process.stderr.write(`${SKIP_MESSAGE}\n`);
  describe(name, { skip: CHROMIUM_AVAILABLE ? false : SKIP_MESSAGE }, () => {
    let testApp: TestApp | undefined;
    let browser: Browser | undefined;
    let baseUrl = '';
    let contexts: BrowserContext[] = [];
    let coverage: AxeCoverage | undefined;
    // After a failed test, pages it loaded may lack their scan only because the test stopped early.
    let allPassed = true;

    const env: BrowserEnv = {
      get t() {
        if (!testApp) throw new Error('test app not started');
        return testApp;
      },
      get browser() {
        if (!browser) throw new Error('browser not started');
        return browser;
      },
      get baseUrl() {
        return baseUrl;
      },
      url: (path: string) => new URL(path, baseUrl).toString(),
      async newContext({ javaScript = true, viewport = DESKTOP, extra = {} }: ContextOptions = {}) {
        const context = await env.browser.newContext({ javaScriptEnabled: javaScript, viewport, locale: 'de-DE', baseURL: baseUrl, ...extra });
        if (!javaScript) NO_JS_CONTEXTS.add(context);
        if (coverage) trackPageLoads(context, coverage);
        context.setDefaultTimeout(10_000);
        context.setDefaultNavigationTimeout(15_000);
        contexts.push(context);
        return context;
      },
      async newPage(options?: ContextOptions) {
        const context = await env.newContext(options);
        return context.newPage();
      },
    };

    before(async () => {
      const [app, chromiumBrowser] = await Promise.all([createTestApp({ ...options, extend: serveAxeScript }), launchChromium()]);
      testApp = app;
      browser = chromiumBrowser;
      baseUrl = await app.app.listen({ port: 0, host: '127.0.0.1' });
      axeServedAt(new URL(baseUrl).origin);
      coverage = new AxeCoverage(
        new URL(baseUrl).origin,
        PUBLIC_PAGES.map((entry) => entry.path),
      );
    });

    beforeEach(async () => {
      await env.t.database.handle.execScript('delete from rate_limits');
    });

    afterEach(async (t) => {
      if ('passed' in t && !t.passed) allPassed = false;
      const open = contexts;
      contexts = [];
      await Promise.all(open.map((context) => context.close().catch(() => undefined)));
    });

    after(async () => {
      await browser?.close();
      await testApp?.close();
      if (allPassed) coverage?.assertComplete();
    });

    body(env);
  });
}
