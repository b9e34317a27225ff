import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { galleryModule } from '../../../tests/support/component-gallery';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { MODULES } from '../../registry';

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
    assert.match(page.body, /<input type="hidden" name="_csrf" value="[\w-]{20,}"/);
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
});
