import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { count, eq, isNull, and, lt } from 'drizzle-orm';
import { after, before, describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../../kernel/config';
import { createTestApp, testConfig, type TestApp } from '../../../../tests/support/test-app';
import { cockpitMeasureChanges, cockpitMeasureLinks, cockpitMeasures, cockpitMilestones } from '../tables';
import { addMonths, berlinDay } from '../../../kernel/time';
import { readCockpitPack, seedCockpitDemo } from './index';
import { movedToMonthOf, type CockpitPack } from './pack';

/** The modules whose demo objects the measures link to, and admin's departments and coordinator login. */
const LINKED = ['services', 'admin', 'opendata', 'vhs', 'wlan'];

describe('the cockpit demo', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
    for (const module of t.deps.modules.filter((candidate) => LINKED.includes(candidate.id))) await module.seedDemo?.(t.deps);
    await t.settled();
    await seedCockpitDemo(t.deps);
  });
  after(() => t.close());

  it('seeds the programme goals as measures with every link resolved to a demo object, once', async () => {
    const pack = readCockpitPack(t.config)!;
    const measures = await t.db.select().from(cockpitMeasures);
    assert.deepEqual(measures.map((measure) => measure.slug).sort(), pack.measures.map((measure) => measure.slug).sort());
    const [links] = await t.db.select({ value: count() }).from(cockpitMeasureLinks);
    assert.equal(links!.value, pack.measures.flatMap((measure) => measure.links).length, 'every link of the pack names an existing public demo object');
    await seedCockpitDemo(t.deps);
    const [again] = await t.db.select({ value: count() }).from(cockpitMeasures);
    assert.equal(again!.value, measures.length, 'a second run adds nothing');
  });

  it('has a done and an overdue milestone, an unpublished measure and a history by the coordinator', async () => {
    const [overdue] = await t.db
      .select({ value: count() })
      .from(cockpitMilestones)
      .where(and(isNull(cockpitMilestones.doneOn), lt(cockpitMilestones.dueOn, berlinDay(new Date()))));
    assert.ok(overdue!.value >= 1);
    assert.ok((await t.db.select().from(cockpitMeasures).where(eq(cockpitMeasures.published, false))).length >= 1);
    const changes = await t.db.select().from(cockpitMeasureChanges);
    assert.ok(changes.length > 7 && changes.every((change) => change.actorId !== null), 'the history names the demo coordinator');
  });

  it("moves every date by the months from the pack's day to the seeding day, quarter ends kept", () => {
    const pack = readCockpitPack(t.config)!;
    const later = movedToMonthOf(pack, addMonths(pack.asOf!, 15));
    const dueDates = (of: CockpitPack) => of.measures.flatMap((measure) => measure.milestones.map((milestone) => milestone.dueOn));
    const quarterEnds = (dates: string[]) => dates.filter((date) => /-(03-31|06-30|09-30|12-31)$/.test(date)).length;
    assert.deepEqual(
      dueDates(later),
      dueDates(pack).map((date) => addMonths(date, 15)),
    );
    assert.equal(quarterEnds(dueDates(later)), quarterEnds(dueDates(pack)));
    const history = later.measures.flatMap((measure) => measure.history.map((entry) => entry.on));
    assert.ok(history.length > 0 && history.every((on) => on <= later.asOf!), 'the history stays in the past');
    assert.deepEqual(movedToMonthOf({ ...pack, asOf: undefined }, '2030-01-01'), { ...pack, asOf: undefined }, 'a pack without its day keeps its dates');
  });

  it('the second town has its own smaller pack without a trace of Iserlohn', () => {
    const menden = readCockpitPack(testConfig({ CONFIG_FILE: resolve(PROJECT_ROOT, 'config/menden.json') }));
    assert.ok(menden && menden.measures.length > 0 && menden.measures.length < readCockpitPack(t.config)!.measures.length);
    assert.ok(!/iserlohn/i.test(JSON.stringify(menden)));
  });
});
