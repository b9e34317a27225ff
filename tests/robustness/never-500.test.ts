import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { SESSION_COOKIE } from '../../src/kernel/http/request-context';
import type { ModuleManifest } from '../../src/kernel/module';
import { MODULES } from '../../src/registry';
import { links, parseHtml } from '../support/html';
import { multipartBody } from '../support/multipart';
import { createTestApp, type TestApp } from '../support/test-app';
import type { TestClient } from '../support/test-client';
import {
  arrayQuery,
  bodyVariants,
  COMMON_QUERY_NAMES,
  HOSTILE_QUERY,
  disguisedFiles,
  jsonVariants,
  pathGarbage,
  rotatedQueries,
  singleNameQueries,
  type FormBody,
} from './bad-input';
import { ACTOR_NAMES, buildDemoWorld, type Actor, type Binding, type DemoWorld } from './demo-world';
import { baselineOf, fieldNames, fileFieldNames, formsIn, queryNamesIn, type HtmlForm } from './html-forms';

/**
 * "Bad input gets a clear answer: HTML 400 with the form again, APIs 4xx in their error shape; never
 * a 500." Every route any module registers is called by every actor with bad route parameters, bad
 * query strings and bad bodies; a 5xx fails with actor, method, URL, input and the start of the body.
 * The routes are recorded as they are registered, so a new route is covered without being listed.
 */

interface Route {
  method: string;
  url: string;
}

const routes: Route[] = [];

/** Listed first, it sees every route the modules after it register. */
const routeRecorder: ModuleManifest = {
  id: 'route-recorder',
  routes: (app) => {
    app.addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) routes.push({ method, url: route.url });
    });
  },
};

/** The kernel registers these before any module, so the recorder cannot see them. */
const KERNEL_GETS: Route[] = ['/healthz', '/assets/theme.css', '/assets/logo', '/assets/portal.css', '/assets/fonts/%FF', '/assets/..%2F..%2Fpackage.json'].map(
  (url) => ({ method: 'GET', url }),
);

/** Routes that end a session, delete or submit go last, so the others still find what they act on. */
const DESTRUCTIVE = /abmelden|loeschen|zurueckziehen|absenden|sperren|veroeffentlichen/;

const fill = (route: string, binding: Binding) => route.replace(/:(\w+)/g, (_, name: string) => binding[name] ?? 'x');
const paramsOf = (route: string) => [...route.matchAll(/:(\w+)/g)].map((match) => match[1]!);
const pathOf = (url: string) => url.split('?', 1)[0]!;
const matcher = (route: string) => new RegExp(`^${route.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:(\w+)/g, '[^/]+')}$`);

let t: TestApp;
let world: DemoWorld;
/** Forms by the route they post to, from whichever actor saw them first: the fields for actors who never see the form. */
const formsByRoute = new Map<string, HtmlForm>();
/** Files (PDF, downloads) some actor got with 200: rendering costs, and the next actor's answer is the same. */
const filesServed = new Set<string>();
/** `<path> <name>` of query parameters already sent alone with every bad value. */
const sweptNames = new Set<string>();
/** Names of the cookies the portal set during the run, for the forged ones. */
const cookieNames = new Set<string>([SESSION_COOKIE]);

interface ActorRun {
  actor: Actor;
  failures: string[];
  hits: Set<string>;
  csrf?: string;
  /** Forms this actor was shown, by action path, with the page that shows them. */
  forms: Map<string, { form: HtmlForm; page: string }>;
  queryNames: Map<string, Set<string>>;
  /** How a real URL answered: its status, and whether with a page or JSON (files get fewer queries). */
  answers: Map<string, { status: number; isPage: boolean }>;
}

function check(run: ActorRun, method: string, url: string, response: LightMyRequestResponse, input = ''): void {
  if (response.statusCode < 500) return;
  run.failures.push(`${run.actor.name} ${method} ${url}${input ? ` [${input}]` : ''} → ${response.statusCode}: ${response.body.slice(0, 300)}`);
}

function assertNoFailures(run: ActorRun, expected: Route[]): void {
  const missed = expected.filter((route) => !run.hits.has(`${route.method} ${route.url}`));
  assert.deepEqual(missed, [], `${run.actor.name} did not call these routes`);
  const shown = run.failures.slice(0, 40).join('\n');
  assert.equal(
    run.failures.length,
    0,
    `${run.failures.length} answers with 5xx:\n${shown}${run.failures.length > 40 ? `\n… and ${run.failures.length - 40} more` : ''}`,
  );
}

function apiHeaders(run: ActorRun, url: string): Record<string, string> {
  return run.actor.apiToken && url.startsWith('/api/') ? { authorization: `Bearer ${run.actor.apiToken}` } : {};
}

function rememberCookieNames(client: TestClient): void {
  for (const pair of client.cookieHeader().split('; ')) if (pair) cookieNames.add(pair.split('=', 1)[0]!);
}

async function get(run: ActorRun, route: Route | undefined, url: string, method = 'GET'): Promise<LightMyRequestResponse> {
  if (route) run.hits.add(`${route.method} ${route.url}`);
  const response =
    method === 'GET'
      ? await run.actor.client.get(url, apiHeaders(run, url))
      : await t.app.inject({ method: 'HEAD', url, headers: { cookie: run.actor.client.cookieHeader(), ...apiHeaders(run, url) } });
  check(run, method, url, response);
  rememberCookieNames(run.actor.client);
  run.csrf = run.actor.client.csrfToken() ?? run.csrf;
  return response;
}

/** Remembers the forms and the query parameters a page shows, for the bad bodies and queries that follow. */
function learnFrom(run: ActorRun, url: string, response: LightMyRequestResponse): void {
  const type = String(response.headers['content-type']);
  run.answers.set(url, { status: response.statusCode, isPage: /^(text\/html|application\/json)/.test(type) });
  if (response.statusCode === 200 && type.startsWith('application/json')) learnFromOpenApi(run, response.json());
  if (response.statusCode !== 200 || !type.startsWith('text/html')) return;
  const page = pathOf(url);
  const html = parseHtml(response.body);
  for (const form of formsIn(html, page)) {
    if (form.method === 'post' && !run.forms.has(form.action)) run.forms.set(form.action, { form, page: url });
    const route = routes.find((candidate) => candidate.method === 'POST' && matcher(candidate.url).test(form.action));
    if (form.method === 'post' && route && !formsByRoute.has(route.url)) formsByRoute.set(route.url, form);
  }
  for (const target of new Set(links(html).flatMap(({ href }) => (/^\/[^?#]*\?/.test(href) ? [href.split('?', 1)[0]!] : [])))) {
    const names = run.queryNames.get(target) ?? new Set<string>();
    for (const name of queryNamesIn(html, page, target)) names.add(name);
    run.queryNames.set(target, names);
  }
  for (const form of formsIn(html, page).filter((candidate) => candidate.method === 'get')) {
    const names = run.queryNames.get(form.action) ?? new Set<string>();
    for (const field of form.fields) names.add(field.name);
    run.queryNames.set(form.action, names);
  }
}

/** An OpenAPI document names the query parameters of each path (the APIs refuse unknown ones). */
function learnFromOpenApi(run: ActorRun, document: unknown): void {
  const paths = (document as { openapi?: string; paths?: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>> }).paths;
  if (!paths) return;
  for (const [path, operations] of Object.entries(paths)) {
    const names = run.queryNames.get(path) ?? new Set<string>();
    for (const operation of Object.values(operations)) {
      for (const parameter of operation.parameters ?? []) if (parameter.in === 'query') names.add(parameter.name);
    }
    run.queryNames.set(path, names);
  }
}

/** Real URLs first (one per object the route shows), then each parameter replaced by each bad value. */
function urlsOf(route: string): { real: string[]; bad: string[] } {
  const bindings = world.bindings(route);
  const real = bindings.map((binding) => fill(route, binding));
  const first = bindings[0] ?? {};
  const bad = paramsOf(route).flatMap((param) => pathGarbage().map((value) => fill(route, { ...first, [param]: value })));
  return { real, bad };
}

async function getEveryRoute(run: ActorRun, shift: number): Promise<void> {
  const gets = [...KERNEL_GETS, ...routes.filter((route) => route.method === 'GET')];
  // First the real pages, to learn their forms and links; then the bad parameters and queries.
  // A file (PDF) another actor already got is not rendered again, except the route's first (each actor calls each route).
  for (const route of gets) {
    for (const [index, url] of urlsOf(route.url).real.entries()) {
      if (index > 0 && filesServed.has(url)) continue;
      const response = await get(run, route, url);
      learnFrom(run, url, response);
      if (response.statusCode === 200 && !run.answers.get(url)!.isPage) filesServed.add(url);
    }
  }
  for (const route of gets) {
    const { real, bad } = urlsOf(route.url);
    for (const url of bad) await get(run, route, url);
    const url = real[0] ?? bad[0]!;
    const learned = [...(run.queryNames.get(pathOf(url)) ?? [])];
    const names = [...new Set([...COMMON_QUERY_NAMES, ...learned])];
    const rotated = rotatedQueries(names);
    // Pages that read their query get every value in every parameter, and each parameter alone with
    // each value (the API refuses any unknown name) by the first actor the page answers. The others get
    // the hostile query and, per actor in turn, the array or one rotation; files (PDF, downloads) read
    // none and cost the most, so they get the hostile query only.
    const answer = run.answers.get(url) ?? { status: (await get(run, route, url)).statusCode, isPage: true };
    const isPage = answer.isPage;
    const alone = answer.status === 200 ? learned.filter((name) => !sweptNames.has(`${pathOf(url)} ${name}`)) : [];
    for (const name of alone) sweptNames.add(`${pathOf(url)} ${name}`);
    const queries = !isPage
      ? []
      : learned.length > 0
        ? [arrayQuery(names), ...rotated, ...alone.flatMap(singleNameQueries)]
        : [shift % 2 === 0 ? arrayQuery(names) : rotated[shift % rotated.length]!];
    for (const query of [HOSTILE_QUERY, ...queries]) await get(run, route, url + query);
  }
  for (const route of routes.filter((candidate) => candidate.method === 'HEAD')) {
    const { real, bad } = urlsOf(route.url);
    await get(run, route, real[0] ?? bad[0]!, 'HEAD');
  }
}

async function post(run: ActorRun, route: Route, url: string, body: FormBody, input: string): Promise<void> {
  run.hits.add(`${route.method} ${route.url}`);
  if (route.method !== 'POST') {
    const encoded = new URLSearchParams([
      ['_csrf', run.csrf ?? ''],
      ...Object.entries(body).flatMap(([name, value]) => [value].flat().map((item) => [name, item])),
    ]);
    return inject(run, route, url, encoded.toString(), 'application/x-www-form-urlencoded', input);
  }
  check(run, route.method, url, await run.actor.client.post(url, body), input);
}

async function inject(run: ActorRun, route: Route, url: string, payload: string | Buffer, contentType: string, input: string): Promise<void> {
  run.hits.add(`${route.method} ${route.url}`);
  const response = await t.app.inject({
    method: route.method as 'POST',
    url,
    payload,
    headers: { 'content-type': contentType, cookie: run.actor.client.cookieHeader(), ...apiHeaders(run, url) },
  });
  check(run, route.method, url, response, input);
}

/**
 * The bad bodies for a form this actor is shown (or would be). `full`: url-encoded, JSON and multipart
 * with a disguised file; `few`: empty, unknown fields, the plausibly filled form, and the disguised
 * file where the form has a file field.
 */
async function sendBodies(run: ActorRun, route: Route, url: string, form: HtmlForm | undefined, shift: number, depth: 'full' | 'few'): Promise<void> {
  const fields = form ? fieldNames(form) : ['email', 'status', 'text'];
  const baseline = form ? baselineOf(form) : {};
  const variants = bodyVariants(fields, baseline, shift);
  const chosen = depth === 'full' ? variants : variants.slice(0, 3);
  for (const variant of chosen) await post(run, route, url, variant.body, variant.label);
  if (depth === 'full') {
    for (const variant of jsonVariants(fields, run.csrf)) await inject(run, route, url, JSON.stringify(variant.payload), 'application/json', variant.label);
  }
  const files = form ? fileFieldNames(form) : [];
  if (depth === 'full' || files.length > 0) {
    const multipart = multipartBody({ _csrf: run.csrf ?? '', ...baseline }, disguisedFiles(files.length > 0 ? files : ['datei']));
    await inject(run, route, url, multipart.payload, multipart.headers['content-type'], 'multipart with a text file named foto.png');
  }
}

/** A route may end the session (log out, a refused token): the app then clears the cookie, and the actor logs in again. */
async function stillLoggedIn(run: ActorRun): Promise<void> {
  if (run.actor.name !== 'anonymous' && !run.actor.client.hasCookie(SESSION_COOKIE)) await world.logIn(run.actor);
}

async function postEveryRoute(run: ActorRun, shift: number): Promise<void> {
  const unsafe = routes.filter((route) => route.method !== 'GET' && route.method !== 'HEAD');
  const ordered = [...unsafe.filter((route) => !DESTRUCTIVE.test(route.url)), ...unsafe.filter((route) => DESTRUCTIVE.test(route.url))];
  for (const route of ordered) {
    await stillLoggedIn(run);
    const { real, bad } = urlsOf(route.url);
    const shared = formsByRoute.get(route.url);
    // The first object whose form the actor is shown gets every body; the others (other states, or
    // objects the actor may not act on) the few bodies that reach or test what differs between them.
    const fullIndex = Math.max(
      0,
      real.findIndex((url) => run.forms.has(url)),
    );
    for (const [index, url] of real.entries()) {
      const shown = run.forms.get(url);
      // A fresh copy of the page: a new token, and hidden values (submission key, form version) that still hold.
      const page = shown || index === 0 ? await get(run, undefined, shown?.page ?? (run.actor.name === 'anonymous' ? '/konto/anmelden' : '/konto')) : undefined;
      const form = shown ? (formsIn(page!.body, pathOf(shown.page)).find((candidate) => candidate.action === url) ?? shown.form) : shared;
      await sendBodies(run, route, url, form, shift, index === fullIndex ? 'full' : 'few');
    }
    const baseline = shared ? baselineOf(shared) : {};
    // The handlers read their parameters as the GET routes do: each bad value goes to half the actors.
    for (const url of bad.filter((_, index) => (index + shift) % 2 === 0)) await post(run, route, url, baseline, 'plausible form');
    if (real.length === 0) await sendBodies(run, route, bad[0]!, shared, shift, 'full');
  }
}

/** Cookies from an old browser, another installation or a forger; and bodies in types no form sends. */
async function forgeEveryRoute(run: ActorRun): Promise<void> {
  const values = ['%FF', 'x', randomUUID(), 's%3Aforged.AAAA', 'a'.repeat(4000)];
  const forged = (index: number) => [...cookieNames].map((name) => `${name}=${values[index % values.length]}`).join('; ');
  for (const [index, route] of routes.entries()) {
    const { real, bad } = urlsOf(route.url);
    const url = real[0] ?? bad[0]!;
    run.hits.add(`${route.method} ${route.url}`);
    if (route.method === 'GET' || route.method === 'HEAD') {
      check(run, route.method, url, await t.app.inject({ method: route.method, url, headers: { cookie: forged(index) } }), 'forged cookies');
      continue;
    }
    const bodies = [
      { type: 'application/x-www-form-urlencoded', payload: '_csrf=x&a=b', input: 'forged cookies' },
      { type: 'text/plain', payload: 'a=b', input: 'text/plain body' },
      { type: 'application/x-www-form-urlencoded; charset=utf-16le', payload: '_csrf=x', input: 'utf-16 form' },
      { type: 'multipart/form-data', payload: '--x\r\n', input: 'multipart without boundary' },
      { type: 'multipart/form-data; boundary=x', payload: '--x\r\ncontent-disposition: form-data; name="_csrf"\r\n\r\nx', input: 'multipart cut off' },
    ];
    for (const body of bodies) {
      check(
        run,
        route.method,
        url,
        await t.app.inject({ method: route.method as 'POST', url, payload: body.payload, headers: { 'content-type': body.type, cookie: forged(index) } }),
        body.input,
      );
    }
  }
}

const runs: ActorRun[] = [];

// The walk takes about 2.5 minutes on two quiet cores and three times that when the machine is
// busy; past 9 minutes something hangs (the runner stops a file at 10, without naming the test).
describe('no route answers 5xx on bad input', { timeout: 540_000 }, () => {
  before(async () => {
    t = await createTestApp({ modules: [routeRecorder, ...MODULES] });
    world = await buildDemoWorld(t, MODULES);
    for (const actor of world.actors) runs.push({ actor, failures: [], hits: new Set(), forms: new Map(), queryNames: new Map(), answers: new Map() });
  });
  after(() => t.close());

  it('records the routes of every module', () => {
    for (const expected of [
      'POST /konto/anmelden',
      'GET /verwaltung/antraege/:id',
      'GET /api/v1/applications/:id/files/:fileId',
      'POST /verwaltung/benutzer/:id',
    ]) {
      assert.ok(
        routes.some((route) => `${route.method} ${route.url}` === expected),
        `recorded ${expected}`,
      );
    }
  });

  for (const [index, name] of ACTOR_NAMES.entries()) {
    it(`${name}: every GET and HEAD route with bad parameters and queries`, async () => {
      const run = runs[index]!;
      run.failures.length = 0;
      await getEveryRoute(run, index);
      assertNoFailures(run, [...KERNEL_GETS, ...routes.filter((route) => route.method === 'GET' || route.method === 'HEAD')]);
    });
  }

  for (const [index, name] of ACTOR_NAMES.entries()) {
    it(`${name}: every POST route with bad bodies`, async () => {
      const run = runs[index]!;
      run.failures.length = 0;
      await postEveryRoute(run, index);
      assertNoFailures(run, routes);
    });
  }

  it('every route with forged cookies and bodies of types no form sends', async () => {
    const run: ActorRun = {
      actor: { name: 'anonymous', client: t.client() },
      failures: [],
      hits: new Set(),
      forms: new Map(),
      queryNames: new Map(),
      answers: new Map(),
    };
    await forgeEveryRoute(run);
    assertNoFailures(run, routes);
  });
});
