import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { parseHtml, tableRows, textOf } from '../../../../tests/support/html';
import { staffMember } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { auditLog } from '../../../kernel/audit';
import { COORDINATE_PERMISSION, EDIT_PERMISSION } from '../policies';
import { STAFF_PATHS } from '../paths';
import { cockpitFigures } from '../tables';
import { computeFigures } from './compute-figures';
import { fakeFigureModule, testFigure } from './test-support';

describe('the staff page "Kennzahlen"', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  it("lets the coordinator recompute every figure at once, audited, and shows each area's last computation", async () => {
    const coordinator = await staffMember(t, [], { permissions: [COORDINATE_PERMISSION] });
    const empty = await coordinator.get(STAFF_PATHS.figures);
    assert.equal(empty.statusCode, 200);
    assert.match(textOf(empty.body), /Die Kennzahlen werden gerade zum ersten Mal berechnet/);

    const recomputed = await coordinator.submit(STAFF_PATHS.figures, {}, STAFF_PATHS.recomputeFigures);
    assert.equal(recomputed.statusCode, 303);
    assert.equal(recomputed.headers.location, STAFF_PATHS.figures);
    const page = await coordinator.get(STAFF_PATHS.figures);
    assert.match(textOf(page.body), /Die Kennzahlen sind neu berechnet \(\d+\)\./);
    assert.ok((await t.db.select().from(cockpitFigures)).some((row) => row.key === 'services.ozg-levels'));
    const areas = tableRows(page.body).map((row) => row[0]);
    for (const area of ['Leistungen', 'Online-Anträge', 'Transparenzportal', 'Volkshochschule', 'Freies WLAN', 'Termine', 'Ratsinformation']) {
      assert.ok(areas.includes(area), `${area} in the table of computations`);
    }
    assert.ok(tableRows(page.body).every((row) => row[2] === 'keiner'));
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'cockpit.figures.recomputed'));
    assert.equal(entry?.actorId, coordinator.id);
    assert.deepEqual((entry?.details as { failed: string[] }).failed, []);
  });

  it('names a failed area and keeps showing its last figures', async () => {
    const coordinator = await staffMember(t, [], { permissions: [COORDINATE_PERMISSION] });
    const probe = fakeFigureModule('probe', 'Probebereich');
    probe.state.answer = [testFigure('probe.kept', 42, { label: 'Bleibende Zahl' })];
    await computeFigures({ ...t.deps, modules: [probe.manifest] });
    probe.state.answer = new Error('Tabelle fehlt');
    await computeFigures({ ...t.deps, modules: [probe.manifest] });
    await t.settled();
    const page = await coordinator.get(STAFF_PATHS.figures);
    const [row] = tableRows(page.body);
    assert.equal(row?.[0], 'Probebereich');
    assert.match(row?.[2] ?? '', /Tabelle fehlt – es gelten die zuletzt berechneten Werte\./);
    assert.match(textOf(page.body), /Bleibende Zahl\s*42/);
  });

  it('shows the figures to department staff who edit measures, without the button; refuses everyone else', async () => {
    const editor = await staffMember(t, [], { permissions: [EDIT_PERMISSION] });
    const page = await editor.get(STAFF_PATHS.figures);
    assert.equal(page.statusCode, 200);
    assert.equal(parseHtml(page.body).querySelector(`form[action="${STAFF_PATHS.recomputeFigures}"]`), null);
    assert.equal((await editor.post(STAFF_PATHS.recomputeFigures)).statusCode, 403);

    const other = await staffMember(t, [], { permissions: ['wlan.manage'] });
    assert.equal((await other.get(STAFF_PATHS.figures)).statusCode, 404);
    assert.equal((await other.post(STAFF_PATHS.recomputeFigures)).statusCode, 404);
    assert.equal((await t.client().get(STAFF_PATHS.figures)).statusCode, 401);
    assert.deepEqual(await t.db.select().from(cockpitFigures), [], 'no refused request computed anything');
  });
});
