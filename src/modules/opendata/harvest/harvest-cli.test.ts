import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { cliOn } from '../../../cli/commands/test-support';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { createOrganization } from '../test-support';
import { fakeCkan, fixture, type CkanPackage } from './test-support';

/** `harvest:run` runs the same use case as the scheduler, as the actor `harvest`. */
describe('harvest:run', () => {
  let t: TestApp;
  let cli: ReturnType<typeof cliOn>;
  let portal: Awaited<ReturnType<typeof fakeCkan>>;
  before(async () => {
    t = await createTestApp();
    cli = cliOn(t);
    await createOrganization(t, { name: 'stadtwerke', title: 'Stadtwerke Iserlohn' });
    portal = await fakeCkan([JSON.parse(fixture('govdata-package.json')) as CkanPackage]);
  });
  after(async () => {
    await portal.close();
    await t.close();
  });

  it('asks for an organisation and a kind it cannot guess, and refuses an unknown source name', async () => {
    const withoutOrganisation = await cli('harvest:run', `${portal.url}/api/3`);
    assert.equal(withoutOrganisation.code, 1);
    assert.match(withoutOrganisation.stderr, /--organisation/);
    const unknownKind = await cli('harvest:run', `${portal.url}/daten`, '--organisation', 'stadtwerke');
    assert.equal(unknownKind.code, 1);
    assert.match(unknownKind.stderr, /--kind ckan oder --kind dcat/);
    const unknownName = await cli('harvest:run', 'gibt-es-nicht');
    assert.equal(unknownName.code, 1);
    assert.match(unknownName.stderr, /keine Erntequelle „gibt-es-nicht“/);
    const missing = await cli('harvest:run');
    assert.equal(missing.code, 2);
  });

  it('creates a source for a URL, harvests it, and runs it again by its name', async () => {
    const first = await cli('harvest:run', `${portal.url}/api/3`, '--organisation', 'stadtwerke');
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /Erntequelle „127-0-0-1-\d+“ angelegt \(ckan/);
    assert.match(first.stdout, /erfolgreich\. 1 neu, 0 geändert, 0 gelöscht, 0 mit Fehler\./);
    const name = /Erntequelle „([^“]+)“/.exec(first.stdout)![1]!;

    portal.packages = [];
    const again = await cli('harvest:run', name);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /Warnung: Die Quelle meldet keinen einzigen Datensatz; vorsichtshalber wird nichts gelöscht\./);
    assert.match(again.stdout, /0 neu, 0 geändert, 0 gelöscht/);

    portal.failNext('status500');
    const failed = await cli('harvest:run', name);
    assert.equal(failed.code, 1);
    assert.match(failed.stdout, /Fehler: .*HTTP 500\. Es wurde nichts gelöscht\./);
    assert.match(failed.stderr, /fehlgeschlagen/);
  });
});
