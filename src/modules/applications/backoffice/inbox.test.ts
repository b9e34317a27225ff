import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { PATHS } from '../paths';
import type { ApplicationRow } from '../repository';
import { caseWorker, createApplication, indexForSearch, seedCatalogue } from '../../../../tests/support/applications';
import { hiddenValue } from '../../../../tests/support/html';
import { citizen, type Person, staffMember } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';

const DAY = 24 * 60 * 60 * 1000;

/** References in the order the inbox table lists them. */
function references(html: string): string[] {
  return [...html.matchAll(/<a href="\/verwaltung\/antraege\/[0-9a-f-]{36}">([A-Z]+-\d{4}-\d{6})<\/a>/g)].map((match) => match[1]!);
}

describe('back office inbox', () => {
  let t: TestApp;
  let department: string;
  let owner: string;

  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());
  beforeEach(async () => {
    await t.reset();
    department = (await seedCatalogue(t)).departmentId;
    owner = (await citizen(t)).id;
  });

  async function application(values: Partial<ApplicationRow> & { name?: string } = {}): Promise<ApplicationRow> {
    const { name = 'Erika Mustermann', ...rest } = values;
    const row = await createApplication(t, { applicantId: owner }, { applicantName: name, dueAt: new Date(Date.now() + 10 * DAY), ...rest });
    await indexForSearch(t, row.id);
    return row;
  }

  async function inbox(staff: Person, query = ''): Promise<string[]> {
    const response = await staff.get(`${PATHS.inbox}${query}`);
    assert.equal(response.statusCode, 200, response.body.slice(0, 500));
    return references(response.body);
  }

  it('lists open applications of the own departments only, never drafts or other departments', async () => {
    const mine = await application();
    const closed = await application({ status: 'approved' });
    await application({ status: 'draft' });
    const foreign = await application({ departmentId: 'jugendamt' });
    const staff = await caseWorker(t, [department]);
    assert.deepEqual(await inbox(staff), [mine.reference]);
    assert.deepEqual((await inbox(staff, '?status=all')).sort(), [mine.reference, closed.reference].sort());
    assert.deepEqual(await inbox(staff, '?status=approved'), [closed.reference]);
    const admin = await staffMember(t, [], { role: 'admin' });
    assert.deepEqual((await inbox(admin)).sort(), [mine.reference, foreign.reference].sort());
  });

  it('shows Leistung, name, status in words and an overdue marker in text', async () => {
    await application({ name: 'Jürgen Überfällig', dueAt: new Date(Date.now() - DAY) });
    const staff = await caseWorker(t, [department]);
    const response = await staff.get(PATHS.inbox);
    assert.match(response.body, /Jürgen Überfällig/);
    assert.match(response.body, /Bewohnerpark/);
    assert.match(response.body, /<strong class="tag[^"]*">Eingegangen<\/strong>/);
    assert.match(response.body, /überfällig/);
  });

  it('filters by assignee, overdue, submitted date and sorts by due date or submission', async () => {
    const staff = await caseWorker(t, [department]);
    const colleague = await caseWorker(t, [department]);
    const early = await application({ dueAt: new Date(Date.now() - DAY), submittedAt: new Date('2026-01-10T10:00:00Z'), assigneeId: staff.id });
    const late = await application({ dueAt: new Date(Date.now() + 20 * DAY), submittedAt: new Date('2026-03-10T10:00:00Z'), assigneeId: colleague.id });
    const unassigned = await application({ dueAt: new Date(Date.now() + 5 * DAY), submittedAt: new Date('2026-02-10T10:00:00Z') });
    assert.deepEqual(await inbox(staff), [early.reference, unassigned.reference, late.reference]);
    assert.deepEqual(await inbox(staff, '?sortierung=eingang'), [late.reference, unassigned.reference, early.reference]);
    assert.deepEqual(await inbox(staff, '?bearbeitung=me'), [early.reference]);
    assert.deepEqual(await inbox(staff, '?bearbeitung=none'), [unassigned.reference]);
    assert.deepEqual(await inbox(staff, `?bearbeitung=${colleague.id}`), [late.reference]);
    assert.deepEqual(await inbox(staff, '?ueberfaellig=ja'), [early.reference]);
    assert.deepEqual(await inbox(staff, '?von=2026-02-01&bis=2026-02-28'), [unassigned.reference]);
    assert.deepEqual(await inbox(staff, '?bis=2026-01-10'), [early.reference], 'the "to" day is included');
    // Days the calendar or PostgreSQL does not have are no filter (they used to fail in the database with 500).
    for (const day of ['2026-02-30', '0000-01-01', '2026-13-01']) {
      assert.deepEqual((await inbox(staff, `?von=${day}&bis=${day}`)).length, 3, `von/bis=${day}`);
    }
  });

  it('searches names without umlauts, by word prefix, and by the exact reference', async () => {
    const staff = await caseWorker(t, [department]);
    const mueller = await application({ name: 'Jörg Müller' });
    const other = await application({ name: 'Anna Schmidt' });
    assert.deepEqual(await inbox(staff, '?q=muller'), [mueller.reference]);
    assert.deepEqual(await inbox(staff, '?q=Schmi'), [other.reference]);
    assert.deepEqual(await inbox(staff, `?q=${other.reference!.toLowerCase()}`), [other.reference]);
    assert.deepEqual(await inbox(staff, '?q=%3Cscript%3E'), []);
  });

  it('pages through 50 applications per page and keeps the filters in the links', async () => {
    const staff = await caseWorker(t, [department]);
    for (let i = 0; i < 51; i += 1) await application({ dueAt: new Date(Date.now() + (i + 1) * DAY) });
    const first = await staff.get(`${PATHS.inbox}?bearbeitung=none`);
    assert.equal(references(first.body).length, 50);
    assert.match(first.body, /Gefunden: 51 Anträge, Seite 1 von 2/);
    assert.match(first.body, /href="\/verwaltung\/antraege\?bearbeitung=none&amp;seite=2"/);
    assert.equal(references((await staff.get(`${PATHS.inbox}?bearbeitung=none&seite=2`)).body).length, 1);
    const beyond = await staff.get(`${PATHS.inbox}?bearbeitung=none&seite=7`);
    assert.equal(references(beyond.body).length, 1, 'a page beyond the end shows the last one');
    assert.match(beyond.body, /Gefunden: 51 Anträge, Seite 2 von 2/);
  });

  it('shows active filters as chips that each link to the list without them, and sorts by column header links', async () => {
    const staff = await caseWorker(t, [department]);
    await application();
    const response = await staff.get(`${PATHS.inbox}?q=Erika&ueberfaellig=ja&sortierung=eingang`);
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /<details class="filter-panel">/, 'the filters are a disclosure (closed: results first)');
    assert.match(response.body, /Filter \(2 aktiv\)/);
    assert.match(response.body, /<a class="filter-chip" href="\/verwaltung\/antraege\?ueberfaellig=ja&amp;sortierung=eingang">Suche: Erika/);
    assert.match(response.body, /<a class="filter-chip" href="\/verwaltung\/antraege\?q=Erika&amp;sortierung=eingang">Nur überfällige/);
    assert.match(
      response.body,
      /<th scope="col" aria-sort="descending"><a href="\/verwaltung\/antraege\?ueberfaellig=ja&amp;q=Erika&amp;sortierung=eingang" class="inbox-sort">Eingang/,
    );
    assert.match(response.body, /<a href="\/verwaltung\/antraege\?ueberfaellig=ja&amp;q=Erika" class="inbox-sort">Frist/);
    assert.equal(hiddenValue(response.body, 'sortierung'), 'eingang', 'applying filters keeps the sorting');
    assert.doesNotMatch((await staff.get(PATHS.inbox)).body, /filter-chip/, 'no chips without filters');
  });

  it('answers 404 to visitors, citizens and staff without the permission', async () => {
    assert.equal((await t.client().get(PATHS.inbox)).statusCode, 404);
    assert.equal((await (await citizen(t)).get(PATHS.inbox)).statusCode, 404);
    assert.equal((await (await staffMember(t, [department], { permissions: [] })).get(PATHS.inbox)).statusCode, 404);
  });
});
