import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { citizen } from '../../../../tests/support/people';
import { PAGE_PATHS } from '../paths';
import { councilFiles, councilMeetings, councilPapers } from '../tables';
import { councilPagesContext } from './test-context';
import { linkMember } from './test-support';

/** The calendar's events as property maps: lines unfolded (RFC 5545 §3.1), one map per VEVENT. */
function events(document: string): Record<string, string>[] {
  assert.ok(document.startsWith('BEGIN:VCALENDAR\r\n') && document.endsWith('END:VCALENDAR\r\n'), 'one VCALENDAR with CRLF line ends');
  const lines = document.replace(/\r\n[ \t]/g, '').split('\r\n');
  const found: Record<string, string>[] = [];
  let current: Record<string, string> | undefined;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') found.push(current!);
    else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon).split(';')[0]!] = line.slice(colon + 1);
    }
  }
  return found;
}

const atom = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link', 'category'].includes(name) });

describe('/rat: iCal and Atom feeds, and the documents', () => {
  const { context, get } = councilPagesContext();

  it('publishes every meeting as an iCal event with a stable UID, place, page and status', async () => {
    const first = await get(PAGE_PATHS.meetingsCalendar);
    assert.equal(first.statusCode, 200);
    assert.match(String(first.headers['content-type']), /^text\/calendar; charset=utf-8/);
    const [cancelled, next] = events(first.body);
    assert.equal(next!.UID, `rat-sitzung-${context.council.meeting.id}@portal.test`);
    assert.equal(next!.STATUS, 'CONFIRMED');
    assert.equal(next!.LOCATION, 'Rathaus\\, Ratssaal\\, Schillerplatz 7\\, 58636 Iserlohn');
    assert.equal(next!.URL, `http://portal.test/rat/sitzungen/${context.council.meeting.id}`);
    assert.equal(cancelled!.STATUS, 'CANCELLED');
    assert.match(cancelled!.SUMMARY!, /^Abgesagt: 12\. Sitzung des Rates/);
    assert.ok(cancelled!.DTEND! > cancelled!.DTSTART!, 'a meeting without an end gets a length');

    await context.t.db
      .update(councilMeetings)
      .set({ cancelled: true, modified: new Date(Date.now() + 60_000) })
      .where(eq(councilMeetings.id, context.council.meeting.id));
    const again = events((await get(PAGE_PATHS.meetingsCalendar)).body)[1]!;
    assert.equal(again.UID, next!.UID, 'the UID stays');
    assert.equal(again.STATUS, 'CANCELLED');
    assert.ok(Number(again.SEQUENCE) > Number(next!.SEQUENCE), 'a change raises the SEQUENCE');
  });

  it('has a calendar per Gremium, and 404 for an unknown one', async () => {
    const committee = events((await get(PAGE_PATHS.organizationCalendar('aps'))).body);
    assert.deepEqual(
      committee.map((event) => event.UID),
      [`rat-sitzung-${context.council.meeting.id}@portal.test`],
    );
    const rat = events((await get(PAGE_PATHS.organizationCalendar('rat'))).body);
    assert.deepEqual(
      rat.map((event) => event.UID),
      [`rat-sitzung-${context.council.pastMeetingId}@portal.test`],
    );
    assert.equal((await get(PAGE_PATHS.organizationCalendar('gibt-es-nicht'))).statusCode, 404);
  });

  it('writes well-formed Atom feeds of meetings and of public papers only', async () => {
    const meetings = await get(PAGE_PATHS.meetingsFeed);
    assert.match(String(meetings.headers['content-type']), /^application\/atom\+xml/);
    assert.equal(XMLValidator.validate(meetings.body), true);
    const meetingEntries = atom.parse(meetings.body).feed.entry as { title: string; id: string }[];
    assert.deepEqual(meetingEntries.map((entry) => entry.title).sort(), [
      '5. Sitzung des Ausschusses für Planung und Stadtentwicklung',
      'Abgesagt: 12. Sitzung des Rates',
    ]);
    assert.ok(meetingEntries.every((entry) => entry.id.startsWith('tag:portal.test,')));
    const papers = await get(PAGE_PATHS.papersFeed);
    assert.equal(XMLValidator.validate(papers.body), true);
    const paperEntries = atom.parse(papers.body).feed.entry as { title: string }[];
    assert.deepEqual(
      paperEntries.map((entry) => entry.title),
      ['V/2026/0012: Verbreiterung des Radwegs an der Baarstraße'],
    );
    await context.t.db.update(councilPapers).set({ deleted: true }).where(eq(councilPapers.id, context.council.papers.publicId));
    assert.equal(atom.parse((await get(PAGE_PATHS.papersFeed)).body).feed.entry, undefined, 'a deleted paper leaves the feed');
  });

  it('sends a document’s bytes with its type and name, and a non-public one only to members of its Gremium', async () => {
    for (const [id, key] of [
      [context.council.files.publicId, 'council/public.pdf'],
      [context.council.files.nonPublicId, 'council/secret.pdf'],
    ] as const) {
      await context.t.deps.files.put(key, Buffer.from('%PDF-1.4 test'), { contentType: 'application/pdf' });
      await context.t.db.update(councilFiles).set({ storageKey: key }).where(eq(councilFiles.id, id));
    }
    const file = await get(PAGE_PATHS.file(context.council.files.publicId));
    assert.equal(file.statusCode, 200);
    assert.equal(file.headers['content-type'], 'application/pdf');
    assert.match(String(file.headers['content-disposition']), /^attachment; filename="vorlage-radweg\.pdf"/);
    assert.equal(file.body, '%PDF-1.4 test');
    assert.equal((await get(PAGE_PATHS.file(context.council.files.nonPublicId))).statusCode, 404);
    const anna = await citizen(context.t);
    await linkMember(context.t.db, anna.id, context.council.persons.anna);
    const secret = await anna.get(PAGE_PATHS.file(context.council.files.nonPublicId));
    assert.equal(secret.statusCode, 200);
    assert.equal(secret.headers['cache-control'], 'private, no-store');
  });

  it('leads to the source for a document it holds no bytes of, and answers 404 without one and 410 once deleted', async () => {
    assert.equal((await get(PAGE_PATHS.file(context.council.files.publicId))).statusCode, 404);
    await context.t.db
      .update(councilFiles)
      .set({ sourceAccessUrl: 'https://ris.example/file/1.pdf' })
      .where(eq(councilFiles.id, context.council.files.publicId));
    const redirected = await get(PAGE_PATHS.file(context.council.files.publicId));
    assert.equal(redirected.statusCode, 302);
    assert.equal(redirected.headers.location, 'https://ris.example/file/1.pdf');
    await context.t.db.update(councilFiles).set({ sourceAccessUrl: 'javascript:alert(1)' }).where(eq(councilFiles.id, context.council.files.publicId));
    assert.equal((await get(PAGE_PATHS.file(context.council.files.publicId))).statusCode, 404, 'only web addresses are followed');
    await context.t.db.update(councilFiles).set({ deleted: true }).where(eq(councilFiles.id, context.council.files.publicId));
    assert.equal((await get(PAGE_PATHS.file(context.council.files.publicId))).statusCode, 410);
    assert.equal((await get(PAGE_PATHS.file('nicht-da'))).statusCode, 404);
  });
});
