import { after, before, beforeEach } from 'node:test';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import type { Executor } from '../../../kernel/db';
import type { FigureUnit } from '../../../kernel/module';
import { cockpitFigureDays, cockpitFigures } from '../tables';
import { insertCockpitFixture } from '../test-support';

/** Two figures as the cockpit's job would keep them: Leistungen online (percent, with parts and months) and hotspots (count). */
export async function insertFigures(db: Executor, computedAt = new Date('2026-12-01T06:00:00Z')): Promise<void> {
  await db.insert(cockpitFigures).values([
    {
      key: 'services.online_share',
      module: 'services',
      area: 'Bürgerplattform',
      label: 'Leistungen ohne persönliches Erscheinen',
      unit: 'percent' satisfies FigureUnit,
      definition: 'Anteil der Leistungen, die vollständig online beantragt werden können.',
      value: 62.5,
      parts: [
        { label: 'Reifegrad 3', value: 20 },
        { label: 'Reifegrad 4', value: 5 },
      ],
      months: [
        { month: '2026-10', value: 55 },
        { month: '2026-11', value: 60 },
      ],
      position: 0,
      computedAt,
    },
    {
      key: 'wlan.hotspots_online',
      module: 'wlan',
      area: 'Internet für alle',
      label: 'WLAN-Hotspots online',
      unit: 'count' satisfies FigureUnit,
      definition: 'Hotspots, die beim letzten Import erreichbar waren.',
      value: 48,
      position: 0,
      computedAt,
    },
  ]);
  await db.insert(cockpitFigureDays).values([
    { key: 'wlan.hotspots_online', day: '2025-06-15', value: 31 },
    { key: 'wlan.hotspots_online', day: '2025-06-30', value: 33 },
    { key: 'wlan.hotspots_online', day: '2025-07-02', value: 35 },
  ]);
}

/** One test app for the file, emptied before each test and given the cockpit fixture and the two figures. */
export function cockpitTestApp(): () => TestApp {
  let t: TestApp | undefined;
  before(async () => (t = await createTestApp()));
  beforeEach(async () => {
    await t!.reset();
    await insertCockpitFixture(t!.db);
    await insertFigures(t!.db);
  });
  after(() => t?.close());
  return () => t!;
}
