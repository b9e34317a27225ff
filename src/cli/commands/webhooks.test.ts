import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { cliRunner, type CliRunner } from './test-support';

/** The webhook commands run the same use cases as /verwaltung/webhooks, as the actor `cli`. */
describe('webhook commands', () => {
  let runner: CliRunner;

  before(async () => {
    runner = cliRunner('stadtportal-cli-webhooks-');
    const created = await runner.cli('departments:create', '--id', 'buergeramt', '--name', 'Bürgeramt');
    assert.equal(created.code, 0, created.stderr);
  });
  after(() => runner.remove());

  it('creates, lists and disables a webhook, and refuses what the form refuses', async () => {
    const http = await runner.cli('webhook:create', '--department', 'buergeramt', '--url', 'http://fachverfahren.example/hook');
    assert.notEqual(http.code, 0);
    assert.match(http.stderr, /muss mit https:\/\/ beginnen/);
    const unknown = await runner.cli('webhook:create', '--department', 'gibt-es-nicht', '--url', 'https://fachverfahren.example/hook');
    assert.notEqual(unknown.code, 0);
    assert.match(unknown.stderr, /gibt es nicht/);

    const created = await runner.cli('webhook:create', '--department', 'buergeramt', '--url', 'https://fachverfahren.example/hook');
    assert.equal(created.code, 0, created.stderr);
    assert.match(created.stdout, /whsec_/);
    const id = /\(([0-9a-f-]{36})\)/.exec(created.stdout)?.[1];
    assert.ok(id, created.stdout);

    const listed = await runner.cli('webhook:list');
    assert.match(listed.stdout, new RegExp(`${id}.*buergeramt.*https://fachverfahren\\.example/hook.*aktiv`));
    assert.doesNotMatch(listed.stdout, /whsec_/);

    const disabled = await runner.cli('webhook:disable', '--id', id);
    assert.equal(disabled.code, 0, disabled.stderr);
    assert.match((await runner.cli('webhook:list')).stdout, /abgeschaltet/);
    const missing = await runner.cli('webhook:disable', '--id', '00000000-0000-4000-8000-000000000000');
    assert.notEqual(missing.code, 0);
    assert.match(missing.stderr, /Keinen Webhook/);
  });
});
