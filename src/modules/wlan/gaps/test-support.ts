import type { StreetList } from '../../../kernel/geo';
import { formStamp, SPAM_FIELDS } from '../../../kernel/http';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { wlanGapReports, type WlanGapReport } from '../tables';
import { GAP_FORM } from './use-cases/submit-gap-report';

/** A small street list with namesakes in two districts, as a municipality's `map.streets` gives it. */
export const TEST_STREETS: StreetList = {
  source: 'Testliste',
  streets: [
    { name: 'Schillerplatz', postcode: '58636', district: 'Innenstadt', position: [7.6958, 51.3759], numbers: { '7': [7.6961, 51.3757] } },
    { name: 'Bahnhofsplatz', postcode: '58636', district: 'Innenstadt', position: [7.6905, 51.3786] },
    { name: 'Hauptstraße', district: 'Letmathe', postcode: '58642', position: [7.6108, 51.3705] },
    { name: 'Hauptstraße', district: 'Hennen', postcode: '58640', position: [7.6563, 51.4459] },
  ],
};

/** Gives the test app a street list (the municipality file's `map.streets` is read at start; tests swap it). */
export function useTestStreets(t: TestApp, streets: StreetList | undefined = TEST_STREETS): void {
  (t.config as { streets: StreetList | undefined }).streets = streets;
}

/** The test app with `TEST_STREETS` as the municipality's street list. */
export async function createGapTestApp(): Promise<TestApp> {
  const t = await createTestApp();
  useTestStreets(t);
  return t;
}

/** The spam guard's fields as a person's browser sends them: the trap empty, the stamp of a page opened `secondsAgo`. */
export function personFields(t: TestApp, secondsAgo = 30): Record<string, string> {
  return { [SPAM_FIELDS.trap]: '', [SPAM_FIELDS.stamp]: formStamp(t.config.secret, GAP_FORM, Date.now() - secondsAgo * 1000) };
}

let counter = 0;

/** A report written directly (for triage and the heat map), with a unique reference. */
export async function insertGapReport(t: TestApp, overrides: Partial<typeof wlanGapReports.$inferInsert> = {}): Promise<WlanGapReport> {
  counter += 1;
  const [row] = await t.db
    .insert(wlanGapReports)
    .values({
      reference: `WLAN-2026-${String(9000 + counter).padStart(4, '0')}`,
      longitude: 7.6958,
      latitude: 51.3759,
      place: 'Schillerplatz (58636 Innenstadt)',
      description: 'Bushaltestelle vor dem Rathaus',
      ...overrides,
    })
    .returning();
  await t.settled();
  return row!;
}
