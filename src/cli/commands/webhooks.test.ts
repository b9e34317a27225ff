import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { cliOn, spawnCli } from './test-support';

/** The webhook commands run the same use cases as /verwaltung/webhooks, as the actor `cli`. */
describe('webhook commands', () => {
  let t: TestApp;
  let cli: ReturnType<typeof cliOn>;
  before(async () => {
    t = await createTestApp();
    cli = cliOn(t);
    const created = await cli('departments:create', '--id', 'buergeramt', '--name', 'Bürgeramt');
    assert.equal(created.code, 0, created.stderr);
  });
  after(() => t.close());

  it('is the real entry point: exit code 1 and the use case refusal on stderr', async () => {
    const spawned = await spawnCli();
    try {
      const unknown = await spawned.cli('webhook:create', '--department', 'gibt-es-nicht', '--url', 'https://fachverfahren.example/hook');
      assert.equal(unknown.code, 1);
      assert.match(unknown.stderr, /gibt es nicht/);
    } finally {
      spawned.remove();
    }
  });

  it('creates, lists and disables a webhook, and refuses what the form refuses', async () => {
    const http = await cli('webhook:create', '--department', 'buergeramt', '--url', 'http://fachverfahren.example/hook');
    assert.equal(http.code, 1);
    assert.match(http.stderr, /muss mit https:\/\/ beginnen/);
    const unknown = await cli('webhook:create', '--department', 'gibt-es-nicht', '--url', 'https://fachverfahren.example/hook');
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /gibt es nicht/);

    const created = await cli('webhook:create', '--department', 'buergeramt', '--url', 'https://fachverfahren.example/hook');
    assert.equal(created.code, 0, created.stderr);
    assert.match(created.stdout, /whsec_/);
    const id = /\(([0-9a-f-]{36})\)/.exec(created.stdout)?.[1];
    assert.ok(id, created.stdout);

    const listed = await cli('webhook:list');
    assert.match(listed.stdout, new RegExp(`${id}.*buergeramt.*https://fachverfahren\\.example/hook.*aktiv`));
    assert.doesNotMatch(listed.stdout, /whsec_/);

    const disabled = await cli('webhook:disable', '--id', id);
    assert.equal(disabled.code, 0, disabled.stderr);
    assert.match((await cli('webhook:list')).stdout, /abgeschaltet/);
    const missing = await cli('webhook:disable', '--id', '00000000-0000-4000-8000-000000000000');
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /Keinen Webhook/);
  });
});
