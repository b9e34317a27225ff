import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { vhsCourses, vhsSessions } from './tables';
import { vhsDemoApp } from './test-support';

/** The VEVENTs of a calendar file, each as its unfolded properties (name → values). */
function events(document: string): Array<Map<string, string[]>> {
  const lines = document.replace(/\r\n[ \t]/g, '').split('\r\n');
  const found: Array<Map<string, string[]>> = [];
  let current: Map<string, string[]> | undefined;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = new Map();
    else if (line === 'END:VEVENT') {
      found.push(current!);
      current = undefined;
    } else if (current) {
      const name = line.slice(0, line.search(/[:;]/));
      current.set(name, [...(current.get(name) ?? []), line.slice(name.length)]);
    }
  }
  return found;
}

describe('VHS course calendar files (.ics)', () => {
  const demo = vhsDemoApp();

  it('has one VEVENT per session with stable UIDs, SEQUENCE and STATUS, as text/calendar', async () => {
    const path = '/bildung/vhs/kurse/englisch-a1-fuer-anfaengerinnen-und-anfaenger-4001.ics';
    const response = await demo.t.app.inject(path);
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'text/calendar; charset=utf-8');
    assert.match(response.body, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
    assert.match(response.body, /\r\nMETHOD:PUBLISH\r\n/);
    assert.match(response.body.replace(/\r\n /g, ''), /\r\nNAME:Englisch A1 für Anfängerinnen und Anfänger \(VHS Iserlohn\)\r\n/);
    const list = events(response.body);
    const [course] = await demo.t.db.select().from(vhsCourses).where(eq(vhsCourses.number, '4001'));
    const sessions = await demo.t.db.select().from(vhsSessions).where(eq(vhsSessions.courseId, course!.id));
    assert.equal(list.length, sessions.length);
    assert.equal(list.filter((event) => event.get('STATUS')?.[0] === ':CANCELLED').length, 1, 'the cancelled session');
    assert.equal(list.filter((event) => event.get('STATUS')?.[0] === ':CONFIRMED').length, sessions.length - 1);
    for (const event of list) {
      assert.match(event.get('UID')![0]!, /^:vhs-termin-[0-9a-f-]{36}@/);
      assert.match(event.get('DTSTART')![0]!, /^:\d{8}T\d{6}Z$/);
      assert.equal(event.get('SEQUENCE')![0], ':0');
      assert.equal(event.get('CONFERENCE'), undefined, 'a course in a room has no conference');
    }
    const again = events((await demo.t.app.inject(path)).body);
    assert.deepEqual(
      again.map((event) => event.get('UID')),
      list.map((event) => event.get('UID')),
      'UIDs are stable',
    );

    await demo.t.db.update(vhsSessions).set({ sequence: 2 }).where(eq(vhsSessions.id, sessions[0]!.id));
    const changed = events((await demo.t.app.inject(path)).body);
    assert.ok(changed.some((event) => event.get('SEQUENCE')![0] === ':2'));
  });

  it('names the course page as the conference of a webinar, never a join link', async () => {
    const { body } = await demo.t.app.inject('/bildung/vhs/kurse/online-yoga-am-abend-3003.ics');
    const list = events(body);
    assert.equal(list.length, 10);
    for (const event of list) {
      assert.deepEqual(event.get('CONFERENCE'), [
        `;VALUE=URI;FEATURE=VIDEO;LABEL=Zugang über die Kursseite:${demo.t.config.baseUrl}/bildung/vhs/kurse/online-yoga-am-abend-3003`,
      ]);
      assert.equal(event.get('LOCATION')?.[0], ':Online');
    }
  });

  it('marks every session of a cancelled course as CANCELLED, with a higher SEQUENCE', async () => {
    const list = events((await demo.t.app.inject('/bildung/vhs/kurse/kuenstliche-intelligenz-im-bueroalltag-5010.ics')).body);
    assert.equal(list.length, 2);
    for (const event of list) {
      assert.equal(event.get('STATUS')?.[0], ':CANCELLED');
      assert.equal(event.get('SEQUENCE')?.[0], ':1');
      assert.match(event.get('SUMMARY')![0]!, /^:Abgesagt: /);
    }
  });
});
