import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { galleryModule } from '../../../tests/support/component-gallery';
import { csrfTokenIn } from '../../../tests/support/html';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { MODULES } from '../../registry';
import type { StaffSection } from '../module';
import { ALL_GROUPS_OPEN_UP_TO, currentHref, groupSections, openGroups } from './workspace-nav';

describe('kernel view components', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ modules: [...MODULES, galleryModule] });
  });
  after(() => t.close());

  it('escapes every text and attribute by default', async () => {
    const page = await t.client().get('/test/komponenten');
    assert.equal(page.statusCode, 200);
    assert.ok(!page.body.includes('<script>alert'), 'no raw script');
    assert.ok(page.body.includes('&lt;script>alert') || page.body.includes('&lt;script&gt;alert'), 'escaped text is shown');
  });

  it('adds the CSRF token to POST forms and sets the anonymous CSRF cookie only then', async () => {
    const client = t.client();
    const page = await client.get('/test/komponenten');
    assert.match(csrfTokenIn(page.body), /^[\w-]{20,}$/);
    assert.ok(client.hasCookie('sp_csrf'));
    const accepted = await client.post('/test/komponenten', { name: 'x' });
    assert.equal(accepted.statusCode, 400, 'token accepted, gallery answers with its error state');
  });

  it('shows errors GOV.UK-style: title prefix, summary linking to fields, messages at the fields', async () => {
    const client = t.client();
    await client.get('/test/komponenten');
    const page = await client.post('/test/komponenten', {});
    assert.match(page.body, /<title>Fehler: Komponenten – Stadt Iserlohn<\/title>/);
    assert.match(page.body, /Es gibt ein Problem/);
    for (const id of ['name', 'birth', 'size']) {
      assert.ok(page.body.includes(`href="#${id}"`), `summary links to #${id}`);
      assert.ok(page.body.includes(`id="${id}-error"`), `message at ${id}`);
      assert.match(page.body, new RegExp(`id="${id}"`), `field ${id} has the anchor id`);
    }
    assert.match(page.body, /aria-describedby="name-hint name-error"/);
    assert.match(page.body, /aria-invalid="true"/);
  });

  it('renders pagination with the current page marked and gaps for skipped pages', async () => {
    const page = await t.client().get('/test/komponenten');
    assert.match(page.body, /aria-current="page" aria-label="Seite 3"/);
    assert.match(page.body, /rel="prev"/);
    assert.match(page.body, /rel="next"/);
    assert.match(page.body, /…/);
  });

  it('groups workspace sections by group, ordered by order, each group placed by its first section', () => {
    const section = (href: string, group: string, order: number): StaffSection => ({ href, label: href, group, order, allowed: () => true });
    const groups = groupSections([
      section('/verwaltung/c', 'Zwei', 30),
      section('/verwaltung/a', 'Eins', 20),
      section('/verwaltung/b', 'Zwei', 10),
      section('/verwaltung/d', 'Eins', 5),
    ]);
    assert.deepEqual(
      groups.map((group) => [group.label, group.sections.map((s) => s.href)]),
      [
        ['Eins', ['/verwaltung/d', '/verwaltung/a']],
        ['Zwei', ['/verwaltung/b', '/verwaltung/c']],
      ],
    );
  });

  it('opens every workspace group up to ALL_GROUPS_OPEN_UP_TO sections, beyond that only the current one', () => {
    const sections = (count: number): StaffSection[] =>
      Array.from({ length: count }, (_, index) => ({
        href: `/verwaltung/${index}`,
        label: `${index}`,
        group: `Gruppe ${index % 3}`,
        order: index,
        allowed: () => true,
      }));
    const openLabels = (count: number, current: string | undefined) => {
      const groups = groupSections(sections(count));
      const open = openGroups(groups, current);
      return groups.filter((group) => open.has(group)).map((group) => group.label);
    };
    assert.deepEqual(openLabels(ALL_GROUPS_OPEN_UP_TO, '/verwaltung'), ['Gruppe 0', 'Gruppe 1', 'Gruppe 2']);
    assert.deepEqual(openLabels(ALL_GROUPS_OPEN_UP_TO + 1, '/verwaltung/4'), ['Gruppe 1']);
    assert.deepEqual(openLabels(ALL_GROUPS_OPEN_UP_TO + 1, '/verwaltung'), []);
    assert.deepEqual(openLabels(ALL_GROUPS_OPEN_UP_TO + 1, undefined), []);
  });

  it('marks the workspace entry with the longest href the path is at or below, by whole path segments', () => {
    const hrefs = ['/verwaltung', '/verwaltung/formulare', '/verwaltung/formulare/fim-import'];
    assert.equal(currentHref('/verwaltung', hrefs), '/verwaltung');
    assert.equal(currentHref('/verwaltung/formulare/abc/entwurf', hrefs), '/verwaltung/formulare');
    assert.equal(currentHref('/verwaltung/formulare/fim-import/ergebnis/1', hrefs), '/verwaltung/formulare/fim-import');
    assert.equal(currentHref('/verwaltung/formulare-alt', hrefs), '/verwaltung');
    assert.equal(currentHref('/konto', hrefs), undefined);
  });
});
