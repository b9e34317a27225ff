import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { eq, like } from 'drizzle-orm';
import { auditLog } from '../../../kernel/audit';
import { formatDateTime } from '../../../kernel/views';
import { jobs } from '../../../kernel/jobs/tables';
import { errorSummary, tableRows, textOf } from '../../../../tests/support/html';
import { citizen, staffMember, type Person } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { IMPORT_SOURCE_JOB } from '../import/jobs';
import { beispielstadtRoutes, startFixtureServer, type FixtureServer } from '../import/test-support';
import { IMPORT_PATHS } from '../paths';
import { MANAGE_PERMISSION } from '../policies';
import { councilImportRuns, councilSources } from '../tables';

describe('Import-Quellen and Import-Berichte', () => {
  let t: TestApp;
  let staff: Person;
  let server: FixtureServer;
  before(async () => (t = await createTestApp()));
  beforeEach(async () => {
    await t.reset();
    staff = await staffMember(t, [], { permissions: [MANAGE_PERMISSION] });
    server = await startFixtureServer(await beispielstadtRoutes());
  });
  afterEach(() => server.close());
  after(() => t.close());
  const audited = async () =>
    (await t.db.select({ action: auditLog.action }).from(auditLog).where(like(auditLog.action, 'council.%'))).map((row) => row.action);

  it('adds a source, refuses the same address twice, a file path and an interval out of range, and changes it', async () => {
    const source = { name: 'RIS Beispielstadt', url: `${server.base}/oparl/system`, intervalMinutes: '60', enabled: 'ja' };
    const saved = await staff.submit(IMPORT_PATHS.newSource, source);
    assert.equal(saved.statusCode, 303);
    const twice = await staff.submit(IMPORT_PATHS.newSource, { ...source, name: 'Doppelt' });
    assert.equal(twice.statusCode, 400);
    assert.match(textOf(twice.body), /Diese Adresse gibt es schon als Quelle „RIS Beispielstadt“/);
    const bad = await staff.submit(IMPORT_PATHS.newSource, { name: '', url: 'file:///etc/passwd', intervalMinutes: '5' });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(
      errorSummary(bad.body).map((error) => error.href),
      ['#name', '#url', '#intervalMinutes'],
    );
    const [stored] = await t.db.select().from(councilSources);
    const edited = await staff.submit(IMPORT_PATHS.source(stored!.id), { ...source, name: 'RIS der Stadt', intervalMinutes: '1440' });
    assert.equal(edited.statusCode, 303);
    const list = await staff.get(IMPORT_PATHS.sources);
    assert.deepEqual(tableRows(list.body)[0], ['RIS der Stadt', 'täglich', 'noch nie']);
    assert.deepEqual(await audited(), ['council.source.created', 'council.source.updated']);
  });

  it('switches the schedule, queues "Jetzt importieren" once, and the report shows the counts per type and the skipped objects', async () => {
    const [source] = await t.db
      .insert(councilSources)
      .values({ name: 'RIS Beispielstadt', url: `${server.base}/oparl/system` })
      .returning();
    await staff.submit(IMPORT_PATHS.source(source!.id), {}, IMPORT_PATHS.toggleSource(source!.id));
    assert.equal((await t.db.select().from(councilSources))[0]!.enabled, false);
    await staff.submit(IMPORT_PATHS.source(source!.id), {}, IMPORT_PATHS.importSource(source!.id));
    const queued = await staff.submit(IMPORT_PATHS.source(source!.id), {}, IMPORT_PATHS.importSource(source!.id));
    assert.equal(queued.statusCode, 303);
    assert.equal((await t.db.select().from(jobs).where(eq(jobs.kind, IMPORT_SOURCE_JOB))).length, 1);
    await t.worker.runOnce();
    const [run] = await t.db.select().from(councilImportRuns);
    assert.equal(run!.outcome, 'succeeded');
    const reports = await staff.get(IMPORT_PATHS.runs);
    assert.deepEqual(tableRows(reports.body)[0]!.slice(1), ['RIS Beispielstadt', 'erfolgreich', '20', '0', '0', '1']);
    const page = await staff.get(IMPORT_PATHS.run(run!.id));
    const text = textOf(page.body);
    assert.match(text, /Vorlagen\s*2\s*0\s*0\s*0/);
    assert.match(text, /membership\/13\s*Verweist auf .*organization\/99/);
    assert.deepEqual(await audited(), ['council.source.scheduled', 'council.import.queued', 'council.import.queued']);
    assert.match(textOf((await staff.get(IMPORT_PATHS.source(source!.id))).body), /Gerade\s*Es läuft kein Import\./);
  });

  it('says on the source page that a run is under way, and queues no second one', async () => {
    const since = new Date(Date.now() - 5 * 60_000);
    const [source] = await t.db
      .insert(councilSources)
      .values({ name: 'RIS', url: `${server.base}/oparl/system`, runningSince: since })
      .returning();
    const text = textOf((await staff.get(IMPORT_PATHS.source(source!.id))).body);
    assert.match(text, new RegExp(`Gerade\\s*Ein Import läuft seit ${formatDateTime(since)}`));
    assert.match(text, /endet jeder weitere Import dieser Quelle sofort, ohne etwas zu ändern/);
    const clicked = await staff.submit(IMPORT_PATHS.source(source!.id), {}, IMPORT_PATHS.importSource(source!.id));
    assert.equal(clicked.statusCode, 303);
    assert.match(
      textOf((await staff.get(IMPORT_PATHS.source(source!.id))).body),
      /Für diese Quelle läuft bereits ein Import \(seit .*\)\. Es wurde kein weiterer angestoßen\./,
    );
    assert.deepEqual(await t.db.select().from(jobs).where(eq(jobs.kind, IMPORT_SOURCE_JOB)), []);
    assert.deepEqual(await audited(), []);

    // A claim past the timeout is a run that died: the page says so, and the button queues the next run.
    await t.db
      .update(councilSources)
      .set({ runningSince: new Date(Date.now() - 7 * 3_600_000) })
      .where(eq(councilSources.id, source!.id));
    assert.match(textOf((await staff.get(IMPORT_PATHS.source(source!.id))).body), /hat sich nicht beendet; der nächste übernimmt/);
    await staff.submit(IMPORT_PATHS.source(source!.id), {}, IMPORT_PATHS.importSource(source!.id));
    assert.equal((await t.db.select().from(jobs).where(eq(jobs.kind, IMPORT_SOURCE_JOB))).length, 1);
  });

  it('answers 404 to staff without council.manage and to citizens, and for an unknown run', async () => {
    const [source] = await t.db
      .insert(councilSources)
      .values({ name: 'RIS', url: `${server.base}/oparl/system` })
      .returning();
    const other = await staffMember(t, [], { permissions: [] });
    for (const person of [other, await citizen(t)]) {
      assert.equal((await person.get(IMPORT_PATHS.sources)).statusCode, 404);
      assert.equal((await person.get(IMPORT_PATHS.source(source!.id))).statusCode, 404);
      assert.equal((await person.get(IMPORT_PATHS.runs)).statusCode, 404);
    }
    assert.equal((await staff.get(IMPORT_PATHS.run('00000000-0000-4000-8000-000000000000'))).statusCode, 404);
    assert.equal((await staff.get(IMPORT_PATHS.run('nicht-eine-id'))).statusCode, 404);
    assert.equal((await t.db.select().from(jobs).where(eq(jobs.kind, IMPORT_SOURCE_JOB))).length, 0);
  });
});
