import { Ajv2020 } from 'ajv/dist/2020.js';
import { FEED_SCHEMA_V1 } from './schema';

const validator = new Ajv2020({ allErrors: true, strict: true }).compile(FEED_SCHEMA_V1);

/** Fails with every schema error when the feed is not valid against schema/v1.json (independent of the import's checks). */
export function assertValidFeed(feed: unknown): void {
  if (!validator(feed)) throw new Error(`the feed is not valid against schema v1: ${JSON.stringify(validator.errors, null, 2)}`);
}

/** A valid feed of another town (Menden), small, with the given changes. */
export function foreignFeed(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: '1.0',
    generatedAt: '2026-12-01T08:00:00.000Z',
    municipality: { name: 'Menden (Sauerland)', ags: '05962040', url: 'https://www.menden.example' },
    measures: [
      {
        id: 'digitales-rathaus',
        title: 'Digitales Rathaus',
        goal: 'Alle Anträge online.',
        status: 'in_progress',
        progressPercent: 30,
        startsOn: '2026-01-01',
        endsOn: null,
        budgetEuro: 120000,
        fundingSource: 'Eigenmittel',
        milestones: [{ title: 'Portal in Betrieb', dueOn: '2026-06-30', doneOn: '2026-06-15' }],
        links: [{ kind: 'leistung', count: 4 }],
      },
    ],
    figures: [
      {
        key: 'wlan.hotspots_online',
        area: 'Internet für alle',
        label: 'WLAN-Hotspots online',
        unit: 'count',
        definition: 'Erreichbare Hotspots.',
        value: 12,
        parts: [],
        months: [],
        computedAt: '2026-12-01T06:00:00.000Z',
      },
      {
        key: 'services.online_share',
        label: 'Leistungen ohne persönliches Erscheinen',
        unit: 'count',
        definition: 'Zahl der Leistungen, die online beantragt werden können.',
        value: 80,
        parts: [],
        months: [],
        computedAt: '2026-12-01T06:00:00.000Z',
      },
      {
        key: 'menden.sirenen',
        label: 'Sirenen vernetzt',
        unit: 'count',
        definition: 'Nur in Menden.',
        value: 7,
        parts: [],
        months: [],
        computedAt: '2026-12-01T06:00:00.000Z',
      },
    ],
    ...changes,
  };
}
