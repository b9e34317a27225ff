import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { openTestDatabase, TEST_DATABASE_URL, type TestDatabase } from '../../../tests/support/database';
import { queryRows, type Database } from '../../kernel/db';
import { testConfig } from '../../../tests/support/test-app';
import { demoServices, seedServicesDemo } from './demo/index';
import { findServiceForApplication, listServicesForApplication, servicesModule, type PaymentPolicy } from './index';
import { DEMO_FORM_KEYS } from '../forms';
import { services } from './tables';

/** The Leistungen with an online form: exactly the demo forms' keys (forms/demo/demo-forms.test.ts lists them). */
const ONLINE_SLUGS = DEMO_FORM_KEYS;
const GUEST_SLUGS = [
  'maengelmeldung',
  'fundsache-verlustmeldung',
  'akteneinsicht-ifg',
  'halteverbotszone-umzug',
  'widerspruch-datenuebermittlung',
  'freifunk-standort',
];
const PAYMENT: Record<string, PaymentPolicy> = {
  bewohnerparkausweis: 'before_submission',
  'halteverbotszone-umzug': 'before_submission',
  meldebescheinigung: 'before_submission',
  sondernutzungserlaubnis: 'after_decision',
  'gewerbe-anmeldung': 'optional',
  'gewerbe-ummeldung': 'optional',
  'gewerbe-abmeldung': 'optional',
  'akteneinsicht-ifg': 'after_decision',
};

const config = testConfig();

describe(`Leistungskatalog repository and demo data (${TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let database: TestDatabase;
  let db: Database;
  before(async () => {
    database = await openTestDatabase([servicesModule]);
    db = database.handle.db;
    await seedServicesDemo({ db, config });
  });
  after(() => database.close());

  it('has every online slug the forms are written for, with its guest and payment policy', async () => {
    for (const slug of ONLINE_SLUGS) {
      const service = await findServiceForApplication(db, slug);
      assert.ok(service, `${slug} exists`);
      assert.equal(service.onlineApplication, true, `${slug} is online`);
      assert.equal(service.guestAllowed, GUEST_SLUGS.includes(slug), `${slug} guest policy`);
      assert.equal(service.paymentPolicy, PAYMENT[slug] ?? 'none', `${slug} payment policy`);
    }
    const online = await db.select({ slug: services.slug }).from(services).where(eq(services.onlineApplication, true));
    assert.deepEqual(online.map((row) => row.slug).sort(), [...ONLINE_SLUGS].sort(), 'no other Leistung claims an online form');
  });

  it('gives a fee amount to every Leistung paid before submission', async () => {
    for (const service of demoServices(config).filter((row) => row.paymentPolicy === 'before_submission')) {
      assert.ok((service.feeCents ?? 0) > 0, `${service.slug} has fee_cents`);
    }
  });

  it('holds at least 30 Leistungen, 14 of them without an online form, Personalausweis and Reisepass in person', async () => {
    const all = await listServicesForApplication(db);
    assert.ok(all.length >= 30, `${all.length} Leistungen`);
    assert.ok(all.filter((service) => !service.onlineApplication).length >= 14);
    const inPerson = await db.select({ slug: services.slug }).from(services).where(eq(services.personalAppearance, true));
    for (const slug of ['personalausweis', 'reisepass', 'wohnung-anmelden', 'eheschliessung-anmelden', 'beglaubigung']) {
      assert.ok(
        inPerson.some((row) => row.slug === slug),
        `${slug} needs personal appearance`,
      );
    }
  });

  it('findServiceForApplication answers what the applications module needs, or null', async () => {
    assert.deepEqual(await findServiceForApplication(db, 'meldebescheinigung'), {
      slug: 'meldebescheinigung',
      name: 'Meldebescheinigung beantragen',
      leikaKey: '99115003012000',
      departmentId: 'buergeramt',
      onlineApplication: true,
      guestAllowed: false,
      paymentPolicy: 'before_submission',
      processingDays: 5,
      retentionDays: 365,
    });
    assert.equal(await findServiceForApplication(db, 'gibt-es-nicht'), null);
  });

  it('listServicesForApplication sorts in German order (umlauts beside their letter)', async () => {
    const names = (await listServicesForApplication(db)).map((service) => service.name);
    assert.deepEqual(
      names,
      [...names].sort((a, b) => a.localeCompare(b, 'de')),
    );
  });

  it('seeding again changes nothing and keeps edits made by hand', async () => {
    await db.update(services).set({ summary: 'Von Hand geändert.' }).where(eq(services.slug, 'briefwahl'));
    const before = await listServicesForApplication(db);
    await seedServicesDemo({ db, config });
    assert.deepEqual(await listServicesForApplication(db), before);
    const [briefwahl] = await db.select({ summary: services.summary }).from(services).where(eq(services.slug, 'briefwahl'));
    assert.equal(briefwahl?.summary, 'Von Hand geändert.');
  });

  it('keeps the search document in step with the texts (generated column)', async () => {
    await db.update(services).set({ keywords: 'Zauberwort' }).where(eq(services.slug, 'wahlhelfer'));
    const rows = await queryRows<{ slug: string }>(db, sql`select slug from services where search @@ to_tsquery('german', 'zauberwort')`);
    assert.deepEqual(rows, [{ slug: 'wahlhelfer' }]);
  });

  it('rejects an OZG level above 4 and an unknown payment policy', async () => {
    const base = { ...demoServices(config)[0]!, slug: 'probe' };
    await assert.rejects(db.insert(services).values({ ...base, ozgLevel: 5 }));
    await assert.rejects(db.insert(services).values({ ...base, paymentPolicy: 'cash' as PaymentPolicy }));
  });
});
