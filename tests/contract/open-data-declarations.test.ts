import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { seedDemo } from '../../src/bootstrap';
import { queryRows } from '../../src/kernel/db';
import { MODULES } from '../../src/registry';
import { createTestApp, type TestApp } from '../support/test-app';

/** The EU's data themes (DCAT-AP `dcat:theme`, publications office vocabulary "data-theme"). */
const EU_THEMES = new Set(['AGRI', 'ECON', 'EDUC', 'ENER', 'ENVI', 'GOVE', 'HEAL', 'INTR', 'JUST', 'REGI', 'SOCI', 'TECH', 'TRAN', 'OP_DATPRO']);
const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

const declarations = MODULES.flatMap((module) => (module.openData ?? []).map((dataset) => ({ module: module.id, dataset })));

/**
 * Every open dataset of every registered module, on the demo data (which has accounts, e-mail
 * addresses and Anträge): plain values only, a CKAN-valid name, a known EU theme, and nothing that
 * identifies a person.
 */
describe('open data declarations', () => {
  let t: TestApp;
  let userIds: string[];
  before(async () => {
    t = await createTestApp();
    await seedDemo(t.deps, MODULES);
    userIds = (await queryRows<{ id: string }>(t.db, sql`select id from users`)).map((row) => row.id);
  });
  after(() => t.close());

  it('are declared by the services and applications modules, with unique names', () => {
    const names = declarations.map(({ dataset }) => dataset.name);
    assert.ok(names.includes('leistungen-der-stadtverwaltung'));
    assert.ok(names.includes('online-antraege-pro-monat'));
    assert.equal(new Set(names).size, names.length);
  });

  for (const { module, dataset } of declarations) {
    it(`${module}: ${dataset.name} has plain rows without personal data`, async () => {
      assert.match(dataset.name, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      assert.ok(dataset.name.length <= 100, 'CKAN names have at most 100 characters');
      assert.ok(EU_THEMES.has(dataset.theme), `unknown EU theme ${dataset.theme}`);
      assert.ok(dataset.title.trim() && dataset.description.trim() && dataset.keywords.length > 0);
      const rows = await dataset.rows(t.deps);
      assert.ok(rows.length > 0, 'the demo data fills every dataset');
      const columns = Object.keys(rows[0]!).join(',');
      for (const row of rows) {
        assert.equal(Object.keys(row).join(','), columns, 'every row has the same columns');
        for (const [column, value] of Object.entries(row)) {
          assert.ok(value === null || ['string', 'number', 'boolean'].includes(typeof value), `${column}: ${typeof value}`);
          if (typeof value !== 'string') continue;
          assert.doesNotMatch(value, EMAIL, `${column} holds an e-mail address`);
          assert.doesNotMatch(value, UUID, `${column} holds an id`);
          assert.ok(!userIds.some((id) => value.includes(id)), `${column} holds a user id`);
        }
      }
    });
  }

  it('counts the demo Anträge per Leistung and month', async () => {
    const dataset = declarations.find(({ dataset }) => dataset.name === 'online-antraege-pro-monat')!.dataset;
    const rows = await dataset.rows(t.deps);
    const [submitted] = await queryRows<{ count: string | number }>(t.db, sql`select count(*) as count from applications where submitted_at is not null`);
    assert.equal(
      rows.reduce((sum, row) => sum + Number(row.antraege), 0),
      Number(submitted!.count),
    );
    for (const row of rows) {
      assert.match(String(row.monat), /^\d{4}-(0[1-9]|1[0-2])$/);
      assert.equal(typeof row.leistung_name, 'string', 'every Leistung is named');
    }
  });
});
