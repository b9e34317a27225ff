import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { auditLog } from '../../../kernel/audit';
import { addDays, berlinDay } from '../../../kernel/time';
import { errorFields, errorSummary, parseHtml, textOf } from '../../../../tests/support/html';
import { personWith, staffMember } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { libraryEvents } from '../tables';
import { EVENT_PATHS, seedLibraryEventsDemo } from './index';

const inAWeek = addDays(berlinDay(new Date()), 7);
const valid = {
  titel: 'Lesung am Kamin',
  kurzbeschreibung: 'Ein Abend mit Geschichten.',
  tag: inAWeek,
  beginn: '19:00',
  ende: '20:30',
  ort: 'Stadtbücherei, Lesecafé',
  zielgruppe: 'Erwachsene',
};

describe('library events', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
    await seedLibraryEventsDemo(t.deps);
  });
  after(() => t.close());

  const librarian = () => staffMember(t, [], { permissions: ['library.events'] });

  it('seeds the pack once, and the calendar shows them with the cancelled one marked', async () => {
    const before = (await t.db.select().from(libraryEvents)).length;
    assert.ok(before >= 10, `${before} demo events`);
    await seedLibraryEventsDemo(t.deps);
    assert.equal((await t.db.select().from(libraryEvents)).length, before, 'seeding twice adds nothing');
    const calendar = await t.app.inject('/bildung/kalender?angebot=Stadtb%C3%BCcherei');
    const text = textOf(parseHtml(calendar.body));
    assert.match(text, /Bilderbuchkino: Der Grüffelo/);
    assert.match(text, /Fällt aus Schreibwerkstatt für Jugendliche/);
    const hub = await t.app.inject('/bildung');
    assert.match(hub.body, /href="\/bildung\/buecherei"/);
  });

  it('shows an event to everybody, a cancelled one with its reason, and 404 for ids that are none', async () => {
    const [cancelled] = await t.db.select().from(libraryEvents).where(eq(libraryEvents.title, 'Schreibwerkstatt für Jugendliche'));
    const page = await t.app.inject(EVENT_PATHS.event(cancelled!.id));
    assert.equal(page.statusCode, 200);
    const text = textOf(parseHtml(page.body));
    assert.match(text, /Diese Veranstaltung fällt aus Die Referentin ist erkrankt/);
    assert.match(text, /Für wen Jugendliche ab 13/);
    assert.equal((await t.app.inject(EVENT_PATHS.event('kein-id'))).statusCode, 404);
    assert.equal((await t.app.inject(EVENT_PATHS.event('00000000-0000-4000-8000-000000000000'))).statusCode, 404);
  });

  it('lets only library staff with library.events (and admins) into the section', async () => {
    assert.equal((await t.app.inject(EVENT_PATHS.staffList)).statusCode, 401);
    for (const person of [await personWith(t, 'citizen'), await staffMember(t, [], { permissions: ['library.lend'] })]) {
      assert.equal((await person.get(EVENT_PATHS.staffList)).statusCode, 404);
      assert.equal((await person.get(EVENT_PATHS.staffNew)).statusCode, 404);
    }
    const [event] = await t.db.select().from(libraryEvents).limit(1);
    const outsider = await staffMember(t, [], { permissions: ['vhs.manage'] });
    await outsider.get('/verwaltung');
    assert.equal((await outsider.post(EVENT_PATHS.staffCancel(event!.id), { grund: 'Weil' })).statusCode, 404);
    for (const person of [await librarian(), await personWith(t, 'admin')]) assert.equal((await person.get(EVENT_PATHS.staffList)).statusCode, 200);
  });

  it('enters an event that appears in the calendar at once, audited', async () => {
    const staff = await librarian();
    const response = await staff.submit(EVENT_PATHS.staffNew, valid);
    assert.equal(response.statusCode, 303);
    const [row] = await t.db.select().from(libraryEvents).where(eq(libraryEvents.title, 'Lesung am Kamin'));
    assert.ok(row);
    assert.equal(berlinDay(row.startsAt), inAWeek);
    const calendar = await t.app.inject(`/bildung/kalender?von=${inAWeek}`);
    assert.match(calendar.body, /Lesung am Kamin/);
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.objectId, row.id));
    assert.equal(entry?.action, 'library.event_created');
  });

  it('answers a form with mistakes with 400, the error summary and the messages at the fields', async () => {
    const staff = await librarian();
    const cases: Array<[Record<string, string>, string[]]> = [
      [{}, ['titel', 'kurzbeschreibung', 'zielgruppe', 'tag', 'beginn', 'ende']],
      [{ ...valid, ende: '18:00' }, ['ende']],
      [{ ...valid, tag: '2027-02-30' }, ['tag']],
      [{ ...valid, beginn: '25:00' }, ['beginn']],
      [{ ...valid, ort: '' }, ['ort']],
      [{ ...valid, tag: '2027-03-28', beginn: '02:30', ende: '04:00' }, ['beginn']],
      [{ ...valid, titel: 'x'.repeat(201) }, ['titel']],
    ];
    for (const [form, fields] of cases) {
      const response = await staff.submit(EVENT_PATHS.staffNew, form);
      assert.equal(response.statusCode, 400, JSON.stringify(form));
      assert.deepEqual(errorFields(response.body).sort(), [...fields].sort(), JSON.stringify(form));
      assert.ok(errorSummary(response.body).length > 0);
    }
    const online = await staff.submit(EVENT_PATHS.staffNew, { ...valid, titel: 'Nur online', ort: '', online: 'ja' });
    assert.equal(online.statusCode, 303, 'an online event needs no place');
  });

  it('changes an event (its iCal sequence rises) and cancels it once, with a reason', async () => {
    const staff = await librarian();
    await staff.submit(EVENT_PATHS.staffNew, { ...valid, titel: 'Spieleabend' });
    const [row] = await t.db.select().from(libraryEvents).where(eq(libraryEvents.title, 'Spieleabend'));
    const edit = await staff.get(EVENT_PATHS.staffEdit(row!.id));
    assert.equal(parseHtml(edit.body).querySelector('input[name="beginn"]')?.getAttribute('value'), '19:00');
    assert.equal((await staff.post(EVENT_PATHS.staffEdit(row!.id), { ...valid, titel: 'Spieleabend', beginn: '18:00' })).statusCode, 303);
    const [changed] = await t.db.select().from(libraryEvents).where(eq(libraryEvents.id, row!.id));
    assert.equal(changed?.sequence, row!.sequence + 1);
    const noReason = await staff.submit(EVENT_PATHS.staffEdit(row!.id), { grund: ' ' }, EVENT_PATHS.staffCancel(row!.id));
    assert.equal(noReason.statusCode, 400);
    assert.deepEqual(errorFields(noReason.body), ['grund']);
    assert.equal((await staff.submit(EVENT_PATHS.staffEdit(row!.id), { grund: 'Raum wird renoviert' }, EVENT_PATHS.staffCancel(row!.id))).statusCode, 303);
    const twice = await staff.post(EVENT_PATHS.staffCancel(row!.id), { grund: 'Nochmal' });
    assert.equal(twice.statusCode, 400);
    assert.match(textOf(parseHtml(twice.body)), /schon abgesagt/);
    const page = await t.app.inject(EVENT_PATHS.event(row!.id));
    assert.match(textOf(parseHtml(page.body)), /fällt aus Raum wird renoviert/);
  });
});
