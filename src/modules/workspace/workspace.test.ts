import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { links, parseHtml, textOf } from '../../../tests/support/html';
import { personWith } from '../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import type { ModuleManifest } from '../../kernel/module';
import { MODULES } from '../../registry';

/** The side navigation's links as "href label", with the current one marked by a trailing "*". */
function sideNav(html: string): string[] {
  return links(html, 'nav.workspace-nav a').map((link) => `${link.href} ${link.text}${link.current ? ' *' : ''}`);
}

/** The side navigation's areas by the name their list is labelled with, the open ones marked "(offen)". */
function navAreas(html: string): string[] {
  const page = parseHtml(html);
  return page.querySelectorAll('nav.workspace-nav details.workspace-nav__group').map((area) => {
    const name = page.getElementById(area.querySelector('ul')?.getAttribute('aria-labelledby') ?? '');
    return `${name ? textOf(name) : '(ohne Namen)'}${area.hasAttribute('open') ? ' (offen)' : ''}`;
  });
}

function headerLinks(html: string): string[] {
  return parseHtml(html)
    .querySelectorAll('header.site-header nav[aria-label="Benutzerkonto"]')
    .flatMap((nav) => nav.querySelectorAll('a, button').map((control) => textOf(control)));
}

describe('workspace: Meine Aufgaben and the side navigation', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  beforeEach(() => t.reset());
  after(() => t.close());

  it('asks guests to log in (401 with the login link from the accounts module)', async () => {
    const response = await t.client().get('/verwaltung');
    assert.equal(response.statusCode, 401);
    assert.match(response.body, /href="\/konto\/anmelden\?weiter=%2Fverwaltung"/);
  });

  it('answers citizens exactly like a page that does not exist (404)', async () => {
    const citizen = await personWith(t, 'citizen');
    const hidden = await citizen.get('/verwaltung');
    const missing = await citizen.get('/verwaltung-gibt-es-nicht');
    assert.equal(hidden.statusCode, 404);
    assert.equal(hidden.body.replace(/<title>[^<]*<\/title>/, ''), missing.body.replace(/<title>[^<]*<\/title>/, ''));
    assert.doesNotMatch(hidden.body, /workspace-nav/);
  });

  it('shows each staff member only the sections they may open, the current one marked', async () => {
    const reports = await personWith(t, 'staff', { permissions: ['site.accessibility_reports'] });
    assert.deepEqual(sideNav((await reports.get('/verwaltung')).body), ['/verwaltung Meine Aufgaben *', '/verwaltung/barrieren Barrieremeldungen']);
    assert.deepEqual(sideNav((await reports.get('/verwaltung/barrieren?status=open')).body), [
      '/verwaltung Meine Aufgaben',
      '/verwaltung/barrieren Barrieremeldungen *',
    ]);
    assert.equal((await reports.get('/verwaltung/formulare')).statusCode, 404, 'the section the navigation hides is refused by the server too');

    const editor = await personWith(t, 'staff', { permissions: ['forms.edit'] });
    assert.deepEqual(sideNav((await editor.get('/verwaltung/formulare/fim-import')).body), [
      '/verwaltung Meine Aufgaben',
      '/verwaltung/formulare Formulare',
      '/verwaltung/formulare/fim-import FIM-Import *',
    ]);
    const nobody = await personWith(t, 'staff');
    const empty = await nobody.get('/verwaltung');
    assert.deepEqual(sideNav(empty.body), ['/verwaltung Meine Aufgaben *']);
    assert.match(empty.body, /noch keine Bereiche der Verwaltung freigeschaltet/);
  });

  it('gives admins every section, grouped, with the municipality and their name in the top bar', async () => {
    const admin = await personWith(t, 'admin');
    const page = await admin.get('/verwaltung');
    assert.equal(page.statusCode, 200);
    const links = sideNav(page.body);
    for (const href of ['/verwaltung/formulare', '/verwaltung/formulare/fim-import', '/verwaltung/barrieren']) {
      assert.ok(
        links.some((link) => link.startsWith(`${href} `)),
        href,
      );
    }
    assert.match(page.body, /class="workspace-nav__heading"[^>]*>Formulare</);
    const bar = /<header class="workspace-bar">[\s\S]*?<\/header>/.exec(page.body)?.[0] ?? '';
    assert.ok(bar.includes(t.config.municipality.officialName), 'name from config');
    assert.ok(bar.includes(admin.user.displayName));
    assert.match(bar, /href="\/">Zum Portal</);
    assert.match(bar, /action="\/konto\/abmelden"/);
    assert.match(page.body, /<details class="workspace-nav__disclosure">/);
    assert.match(page.body, /<a href="#main" class="skip-link">/);
    assert.match(page.body, /data-session-expires="/);
  });

  it('folds the areas of a person with many sections: only the area of the current page is open', async () => {
    const admin = await personWith(t, 'admin');
    const onHome = navAreas((await admin.get('/verwaltung')).body);
    assert.ok(onHome.length > 5, `an admin has many areas: ${onHome.join(', ')}`);
    assert.deepEqual(
      onHome.filter((area) => area.endsWith('(offen)')),
      [],
      'Meine Aufgaben is in no area',
    );
    const onFimImport = navAreas((await admin.get('/verwaltung/formulare/fim-import')).body);
    assert.deepEqual(
      onFimImport.filter((area) => area.endsWith('(offen)')),
      ['Formulare (offen)'],
    );
    assert.equal(onFimImport.length, onHome.length);
  });

  it('keeps every area open for a person with few sections', async () => {
    const clerk = await personWith(t, 'staff', { permissions: ['site.accessibility_reports', 'forms.edit'] });
    const page = (await clerk.get('/verwaltung')).body;
    assert.deepEqual(navAreas(page), ['Formulare (offen)', 'Barrierefreiheit (offen)']);
    assert.equal(sideNav(page)[0], '/verwaltung Meine Aufgaben *', 'Meine Aufgaben stays first');
    assert.equal(parseHtml(page).querySelectorAll('.workspace-nav__group a[href="/verwaltung"]').length, 0, 'Meine Aufgaben is in no area');
  });

  it('counts what waits: new Barrieremeldungen and unpublished form drafts', async () => {
    // Staff with exactly these two sections (an admin would also see the administration's tasks).
    const admin = await personWith(t, 'staff', { permissions: ['site.accessibility_reports', 'forms.edit'] });
    assert.match((await admin.get('/verwaltung')).body, /Zurzeit wartet nichts auf Sie/);
    await t.db.execute(sql`insert into accessibility_reports (description, status) values ('a', 'open'), ('b', 'open'), ('c', 'answered')`);
    await t.db.execute(sql`insert into form_versions (form_key, version, status, definition) values ('test-formular', 1, 'draft', '{}'::jsonb)`);
    const page = (await admin.get('/verwaltung')).body;
    assert.match(
      page,
      /<span class="staff-task__count">2<\/span><a class="staff-task__link" href="\/verwaltung\/barrieren\?status=open">Neue Barrieremeldungen<\/a>/,
    );
    assert.match(
      page,
      /<span class="staff-task__count">1<\/span><a class="staff-task__link" href="\/verwaltung\/formulare">Entwürfe, die noch nicht veröffentlicht sind<\/a>/,
    );
    assert.doesNotMatch(page, /Zurzeit wartet nichts/);
    const reports = await personWith(t, 'staff', { permissions: ['site.accessibility_reports'] });
    assert.doesNotMatch((await reports.get('/verwaltung')).body, /Entwürfe/, 'no tasks of modules the person may not open');
  });

  it('shows staff one "Verwaltung" link in the citizen header, citizens only their account, plus the search form', async () => {
    const admin = await personWith(t, 'admin');
    assert.deepEqual(headerLinks((await admin.get('/')).body), ['Mein Konto', 'Verwaltung', 'Abmelden']);
    const citizen = await personWith(t, 'citizen');
    const home = (await citizen.get('/')).body;
    assert.deepEqual(headerLinks(home), ['Mein Konto', 'Abmelden']);
    assert.match(home, /<form class="site-search" action="\/suche" method="get" role="search">/);
    assert.match(home, /<label class="visually-hidden" for="site-search-q">Suche im Portal<\/label>/);
    assert.deepEqual(headerLinks((await t.client().get('/')).body), ['Anmelden', 'Registrieren']);
  });
});

describe('workspace: one module failing', () => {
  const broken: ModuleManifest = {
    id: 'broken',
    staffSections: [{ href: '/verwaltung/kaputt', label: 'Kaputt', group: 'Kaputter Bereich', order: 1, allowed: () => true }],
    staffTasks: () => Promise.reject(new Error('database on fire')),
  };
  const urgent: ModuleManifest = {
    id: 'urgent',
    staffSections: [{ href: '/verwaltung/eilig', label: 'Eilig', group: 'Eiliger Bereich', order: 2, allowed: () => true }],
    staffTasks: async () => [{ label: 'Überfällige Vorgänge', count: 3, href: '/verwaltung/eilig', urgent: true }],
  };
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ modules: [...MODULES, broken, urgent] });
  });
  after(() => t.close());

  it('shows the other groups and says which could not be loaded; urgent tasks carry the text "dringend"', async () => {
    const staff = await personWith(t, 'staff');
    const page = await staff.get('/verwaltung');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Kaputter Bereich<\/h2><p class="staff-task-group__error">[\s\S]*konnten nicht geladen werden/);
    assert.match(page.body, /Eiliger Bereich<\/h2><ul class="staff-tasks">[\s\S]*Überfällige Vorgänge<\/a><strong class="tag tag--danger">dringend<\/strong>/);
    assert.ok(page.body.indexOf('Kaputter Bereich</h2>') < page.body.indexOf('Eiliger Bereich</h2>'), 'groups in the order of their sections');
  });
});
