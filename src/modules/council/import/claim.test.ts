import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { councilImportRuns, councilOrganizations, councilSources } from '../tables';
import { importOparl } from './import-oparl';
import { importJobs, IMPORT_SOURCE_JOB } from './jobs';
import { CLAIM_TIMEOUT_MINUTES, ImportAlreadyRunning } from './source-claim';
import { importTestContext } from './test-context';
import { json, TEST_LIMITS } from './test-support';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('OParl import: one run per source at a time', () => {
  const context = importTestContext();
  const run = () => importOparl(context.url, context.t.deps, { limits: TEST_LIMITS });
  const sources = () => context.t.db.select().from(councilSources);
  const runs = () => context.t.db.select().from(councilImportRuns);
  const claimed = (since: Date) => context.t.db.insert(councilSources).values({ name: 'RIS', url: context.url, runningSince: since }).returning();

  it('lets one of two runs started together import, and ends the other at once with "läuft bereits"', async () => {
    const results = await Promise.allSettled([run(), run()]);
    const done = results.filter((result) => result.status === 'fulfilled');
    const refused = results.flatMap((result) => (result.status === 'rejected' ? [result.reason as unknown] : []));
    assert.equal(done.length, 1, JSON.stringify(results.map((result) => result.status)));
    assert.equal(done[0]!.value.outcome, 'succeeded');
    assert.ok(refused[0] instanceof ImportAlreadyRunning);
    assert.match(refused[0].message, /läuft bereits ein Import \(seit \d\d\.\d\d\.\d{4}/);
    assert.equal((await sources()).length, 1, 'one source for the new URL');
    assert.equal((await runs()).length, 1, 'the refused run recorded nothing');
    assert.equal((await runs())[0]!.outcome, 'succeeded', 'nobody marked the run abandoned');
    assert.equal((await sources())[0]!.runningSince, null, 'the claim is cleared at the end');
  });

  it('changes nothing while another run holds the source, and takes over a claim older than the timeout', async () => {
    const since = new Date(Date.now() - 60_000);
    const [source] = await claimed(since);
    await assert.rejects(run(), ImportAlreadyRunning);
    assert.deepEqual(await runs(), []);
    assert.deepEqual(await context.t.db.select().from(councilOrganizations), []);
    assert.equal((await sources())[0]!.runningSince?.getTime(), since.getTime(), 'the holder keeps its claim');

    // Begun two hours ago but alive a minute ago: still held.
    await context.t.db
      .update(councilSources)
      .set({ runningSince: new Date(Date.now() - 2 * HOUR), runningRenewedAt: new Date(Date.now() - MINUTE) })
      .where(eq(councilSources.id, source!.id));
    await assert.rejects(run(), ImportAlreadyRunning);
    // Silent for longer than the timeout: its process died.
    await context.t.db
      .update(councilSources)
      .set({ runningRenewedAt: new Date(Date.now() - (CLAIM_TIMEOUT_MINUTES + 1) * MINUTE) })
      .where(eq(councilSources.id, source!.id));
    assert.equal((await run()).outcome, 'succeeded', 'a run that died holds nothing');
    assert.deepEqual([(await sources())[0]!.runningSince, (await sources())[0]!.runningRenewedAt], [null, null]);
  });

  it('renews its claim page by page, and stops where another run took the claim over', async () => {
    const pages: Array<{ since: Date | null; renewed: Date | null }> = [];
    const persons = context.server.routes.get('/oparl/body/1/person')!;
    context.server.routes.set('/oparl/body/1/person', async (request, response, base) => {
      const [source] = await sources();
      pages.push({ since: source!.runningSince, renewed: source!.runningRenewedAt });
      // The claim of a run thought dead is taken over meanwhile.
      await context.t.db.update(councilSources).set({ runningSince: new Date(Date.now() - 1000), runningRenewedAt: new Date() });
      await persons(request, response, base);
    });
    const report = await run();
    assert.ok(pages[0]!.renewed!.getTime() > pages[0]!.since!.getTime(), 'renewed before the page, after the claim');
    assert.equal(report.outcome, 'failed');
    assert.match(report.errors.map((error) => error.reason).join(' '), /ein anderer hat die Quelle übernommen/);
    assert.ok((await sources())[0]!.runningSince, "the other run's claim stays");
  });

  it('clears the claim when the run fails, so the next one can start', async () => {
    context.server.routes.set('/oparl/system', json({ type: 'https://schema.oparl.org/1.1/Error', message: 'kaputt' }, 404));
    assert.equal((await run()).outcome, 'failed');
    assert.equal((await sources())[0]!.runningSince, null);
    context.server.routes.set('/oparl/system', json('system.json'));
    assert.equal((await run()).outcome, 'succeeded');
  });

  it('lets the scheduled job end quietly when the source is held, without a run', async () => {
    const [source] = await claimed(new Date());
    const job = importJobs(context.t.deps).find((handler) => handler.kind === IMPORT_SOURCE_JOB)!;
    await job.run({ sourceId: source!.id });
    assert.deepEqual(await runs(), []);
  });
});
