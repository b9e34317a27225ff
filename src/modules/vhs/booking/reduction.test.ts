import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { SAMPLE_FILES, storedBytes } from '../../../../tests/support/files';
import { errorMessages, textOf } from '../../../../tests/support/html';
import { lastMailTo } from '../../../../tests/support/mail';
import { citizen, staffMember } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { MANAGE_PERMISSION } from '../policies';
import { vhsBookings } from '../tables';
import { createCourse } from '../test-support';
import { BOOKING_PATHS } from './paths';

describe('Ermäßigung: proof upload by the participant, decision by staff, the fee follows', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  async function booking() {
    const course = await createCourse(t);
    const person = await citizen(t);
    const booked = await person.submit(BOOKING_PATHS.book(course.slug), { teilnahme: 'selbst' });
    return { course, person, id: String(booked.headers.location).split('/').pop()! };
  }
  const row = async (id: string) => (await t.db.select().from(vhsBookings).where(eq(vhsBookings.id, id)))[0]!;

  it('refuses a disguised program and a missing file, keeps a real PDF as the proof', async () => {
    const { person, id } = await booking();
    await person.get(BOOKING_PATHS.mine(id));
    const program = await person.postMultipart(BOOKING_PATHS.mineReduction(id), {}, [
      { field: 'nachweis', filename: 'bescheid.pdf', contentType: 'application/pdf', bytes: SAMPLE_FILES.exe },
    ]);
    assert.equal(program.statusCode, 400);
    assert.deepEqual(errorMessages(program.body), [
      'Die Datei „bescheid.pdf“ ist keine PDF-, JPEG- oder PNG-Datei. Laden Sie den Nachweis in einem dieser Formate hoch.',
    ]);
    const none = await person.postMultipart(BOOKING_PATHS.mineReduction(id), {});
    assert.deepEqual(errorMessages(none.body), ['Wählen Sie den Nachweis für die Ermäßigung aus (PDF, JPEG oder PNG).']);
    assert.equal((await row(id)).reduction, 'none');

    const sent = await person.postMultipart(BOOKING_PATHS.mineReduction(id), {}, [
      { field: 'nachweis', filename: 'bescheid.pdf', contentType: 'application/pdf', bytes: SAMPLE_FILES.pdf },
    ]);
    assert.equal(sent.statusCode, 303);
    const stored = await row(id);
    assert.equal(stored.reduction, 'requested');
    assert.deepEqual(await storedBytes(t.deps.files, stored.reductionProofKey!), SAMPLE_FILES.pdf);
    assert.match(textOf((await person.get(BOOKING_PATHS.mine(id))).body), /Ihr Nachweis liegt der Volkshochschule vor/);
  });

  it('staff open the proof and grant it: the fee becomes the reduced one and the participant is told', async () => {
    const { course, person, id } = await booking();
    await person.get(BOOKING_PATHS.mine(id));
    await person.postMultipart(BOOKING_PATHS.mineReduction(id), {}, [
      { field: 'nachweis', filename: 'ausweis.png', contentType: 'image/png', bytes: SAMPLE_FILES.png },
    ]);
    const staff = await staffMember(t, [], { permissions: [MANAGE_PERMISSION] });
    assert.match(textOf((await staff.get('/verwaltung')).body), /1 Ermäßigungen zu entscheiden \(Volkshochschule\)/);
    const page = await staff.get(BOOKING_PATHS.staffCourse(course.id));
    assert.match(textOf(page.body), /Ermäßigungen zu entscheiden/);
    const proof = await staff.get(BOOKING_PATHS.staffProof(course.id, id));
    assert.equal(proof.statusCode, 200);
    assert.equal(proof.headers['content-type'], 'image/png');
    assert.equal((await (await staffMember(t, [], { permissions: [] })).get(BOOKING_PATHS.staffProof(course.id, id))).statusCode, 404);

    assert.equal((await staff.post(BOOKING_PATHS.staffReduction(course.id, id), { entscheidung: 'gewaehrt' })).statusCode, 303);
    const granted = await row(id);
    assert.equal(granted.reduction, 'granted');
    assert.equal(granted.feeCents, 4450);
    assert.match((await lastMailTo(t, person.email)).text, /Ermäßigung für Erika Mustermann ist gewährt\. Die Kursgebühr beträgt jetzt 44,50/);
    await staff.post(BOOKING_PATHS.staffReduction(course.id, id), { entscheidung: 'abgelehnt' });
    assert.equal((await row(id)).reduction, 'granted', 'a decision is made once');
  });

  it('a refusal keeps the full fee and lets the participant send another proof', async () => {
    const { course, person, id } = await booking();
    await person.get(BOOKING_PATHS.mine(id));
    await person.postMultipart(BOOKING_PATHS.mineReduction(id), {}, [
      { field: 'nachweis', filename: 'a.pdf', contentType: 'application/pdf', bytes: SAMPLE_FILES.pdf },
    ]);
    const staff = await staffMember(t, [], { permissions: [MANAGE_PERMISSION] });
    await staff.get(BOOKING_PATHS.staffCourse(course.id));
    await staff.post(BOOKING_PATHS.staffReduction(course.id, id), { entscheidung: 'abgelehnt' });
    assert.deepEqual([(await row(id)).reduction, (await row(id)).feeCents], ['refused', 8900]);
    assert.match(textOf((await person.get(BOOKING_PATHS.mine(id))).body), /nicht gewährt\. Sie können einen anderen Nachweis hochladen/);
  });
});
