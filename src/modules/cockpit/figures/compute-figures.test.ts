import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { asc } from 'drizzle-orm';
import { enqueue } from '../../../kernel/jobs';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { cockpitFigureDays, cockpitFigures, cockpitFigureSources } from '../tables';
import { COMPUTE_FIGURES_JOB, computeFigures } from './compute-figures';
import { fakeFigureModule, testFigure } from './test-support';

describe('computing the cockpit figures', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  const kept = () => t.db.select().from(cockpitFigures).orderBy(asc(cockpitFigures.key));
  const days = () => t.db.select().from(cockpitFigureDays).orderBy(asc(cockpitFigureDays.key), asc(cockpitFigureDays.day));

  it("keeps every module's figures and a value per day; a broken module keeps its last figures and its failure is recorded", async () => {
    const good = fakeFigureModule('good', 'Gut');
    const broken = fakeFigureModule('broken', 'Kaputt');
    const deps = { ...t.deps, modules: [good.manifest, broken.manifest] };
    good.state.answer = [testFigure('good.a', 1, { months: [{ month: '2026-10', value: 1 }] }), testFigure('good.empty', null)];
    broken.state.answer = [testFigure('broken.b', 5, { parts: [{ label: 'Teil', value: 5 }] })];
    const first = await computeFigures(deps, new Date('2026-11-19T12:00:00Z'));
    assert.deepEqual(first, { computed: 3, failed: [] });

    good.state.answer = [testFigure('good.a', 2)];
    broken.state.answer = new Error('relation "broken_table" does not exist');
    const second = await computeFigures(deps, new Date('2026-11-20T12:00:00Z'));
    assert.deepEqual(second.failed, [{ module: 'broken', error: 'relation "broken_table" does not exist' }]);

    const rows = await kept();
    // good.empty is no longer given: gone. broken.b keeps its value, parts and time of computation.
    assert.deepEqual(
      rows.map((row) => [row.key, row.area, row.value, row.months, row.parts, row.computedAt.toISOString()]),
      [
        ['broken.b', 'Kaputt', 5, [], [{ label: 'Teil', value: 5 }], '2026-11-19T12:00:00.000Z'],
        ['good.a', 'Gut', 2, [], [], '2026-11-20T12:00:00.000Z'],
      ],
    );
    assert.deepEqual(
      (await days()).map((row) => [row.key, row.day, row.value]),
      [
        ['broken.b', '2026-11-19', 5],
        ['good.a', '2026-11-19', 1],
        ['good.a', '2026-11-20', 2],
      ],
    );
    const sources = await t.db.select().from(cockpitFigureSources).orderBy(asc(cockpitFigureSources.module));
    assert.deepEqual(
      sources.map((row) => [row.module, row.lastSuccessAt?.toISOString() ?? null, row.lastFailureAt?.toISOString() ?? null, row.lastError]),
      [
        ['broken', '2026-11-19T12:00:00.000Z', '2026-11-20T12:00:00.000Z', 'relation "broken_table" does not exist'],
        ['good', '2026-11-20T12:00:00.000Z', null, null],
      ],
    );

    // The next success clears the failure; the day's last computation wins.
    broken.state.answer = [testFigure('broken.b', 6)];
    await computeFigures(deps, new Date('2026-11-20T18:00:00Z'));
    const recovered = await t.db.select().from(cockpitFigureSources).orderBy(asc(cockpitFigureSources.module));
    assert.equal(recovered[0]?.lastError, null);
    assert.deepEqual(
      (await days()).filter((row) => row.day === '2026-11-20').map((row) => [row.key, row.value]),
      [
        ['broken.b', 6],
        ['good.a', 2],
      ],
    );
  });

  it("refuses an answer with another module's key or a value that is no number, and keeps the last figures", async () => {
    const sneaky = fakeFigureModule('sneaky', 'Heimlich');
    const deps = { ...t.deps, modules: [sneaky.manifest] };
    sneaky.state.answer = [testFigure('sneaky.ok', 1)];
    await computeFigures(deps, new Date('2026-11-19T12:00:00Z'));
    sneaky.state.answer = [testFigure('services.ozg-levels', 99)];
    const foreign = await computeFigures(deps, new Date('2026-11-20T12:00:00Z'));
    assert.match(foreign.failed[0]?.error ?? '', /gehört nicht zum Modul sneaky/);
    sneaky.state.answer = [testFigure('sneaky.ok', Number.NaN)];
    const notANumber = await computeFigures(deps, new Date('2026-11-20T13:00:00Z'));
    assert.match(notANumber.failed[0]?.error ?? '', /keinen endlichen Wert/);
    assert.deepEqual(
      (await kept()).map((row) => [row.key, row.value]),
      [['sneaky.ok', 1]],
    );
  });

  it('drops the figures of a module that gives none anymore', async () => {
    const gone = fakeFigureModule('gone', 'Weg');
    gone.state.answer = [testFigure('gone.x', 1)];
    await computeFigures({ ...t.deps, modules: [gone.manifest] });
    await computeFigures({ ...t.deps, modules: [] });
    assert.deepEqual(await kept(), []);
    assert.deepEqual(await t.db.select().from(cockpitFigureSources), []);
  });

  it('computes every module of the portal through the recurring job, without a failure on an empty installation', async () => {
    await enqueue(t.db, COMPUTE_FIGURES_JOB, {});
    await t.worker.runOnce();
    const keys = (await kept()).map((row) => row.key);
    for (const key of [
      'services.ozg-levels',
      'applications.submitted',
      'opendata.datasets',
      'vhs.webinar-participants',
      'wlan.hotspots-online',
      'appointments.online-bookings',
      'council.papers-published',
    ]) {
      assert.ok(keys.includes(key), `${key} is kept after the ${COMPUTE_FIGURES_JOB} job`);
    }
    const failures = (await t.db.select().from(cockpitFigureSources)).filter((row) => row.lastError !== null);
    assert.deepEqual(failures, []);
  });
});
