import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';

/** axe-core's browser bundle, read once per process. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'));

/** Where the test server serves axe-core; a path no portal route uses. */
export const AXE_SCRIPT_PATH = '/__test/axe.min.js';

/** Origins of test servers that serve AXE_SCRIPT_PATH. */
const servingOrigins = new Set<string>();

/**
 * Registers AXE_SCRIPT_PATH on a test app (before it is ready). A same-origin script passes the
 * portal's CSP (`script-src 'self'`) and, unlike source pushed through the DevTools protocol, is kept
 * in the context's HTTP cache and V8's code cache: a journey that scans every page compiles axe once,
 * not on every navigation (measured: 60–150 ms instead of 200–300 ms per later scan).
 */
export function serveAxeScript(app: FastifyInstance): void {
  app.get(AXE_SCRIPT_PATH, (_request, reply) => reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(AXE_SOURCE));
}

/** Marks the origin (e.g. http://127.0.0.1:41234) whose server answers AXE_SCRIPT_PATH. */
export function axeServedAt(origin: string): void {
  servingOrigins.add(origin);
}

/**
 * Loads axe into the page unless it is there. Pages of other origins (a test identity provider, a
 * routed page) get the source through the DevTools protocol, which the page's CSP does not govern.
 */
export async function loadAxe(page: Page): Promise<void> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (loaded) return;
  if (servingOrigins.has(new URL(page.url()).origin)) await page.addScriptTag({ url: AXE_SCRIPT_PATH });
  else await page.evaluate(AXE_SOURCE.toString('utf8'));
}
