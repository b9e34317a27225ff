import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { renderPdf } from '../../../../kernel/pdf';
import { errorMessages, tableRows } from '../../../../../tests/support/html';
import type { Person } from '../../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../../tests/support/test-app';
import { STAFF_ENTRY_PATHS } from '../../paths';
import { councilFiles, councilMeetingFiles, councilMeetings, councilPapers } from '../../tables';
import { councilStaff, staffFixture } from '../test-support';

type Fixture = Awaited<ReturnType<typeof staffFixture>>;

describe('council staff: documents of meetings and papers', () => {
  let t: TestApp;
  let staff: Person;
  let fixture: Fixture;
  let pdf: Buffer;
  before(async () => {
    t = await createTestApp();
    pdf = await renderPdf({
      title: 'Einladung',
      author: 'Stadt Iserlohn',
      blocks: [{ type: 'paragraph', text: 'Einladung zur fünften Sitzung des Ausschusses' }],
    });
  });
  beforeEach(async () => {
    await t.reset();
    staff = await councilStaff(t);
    fixture = await staffFixture(t);
  });
  after(() => t.close());

  const upload = async (url: string, fields: Record<string, string>, bytes: Buffer = pdf, filename = 'einladung.pdf') => {
    await staff.get(url);
    return staff.postMultipart(url, fields, [{ field: 'file', filename, bytes }]);
  };
  const meetingRow = async () => (await t.db.select().from(councilMeetings).where(eq(councilMeetings.id, fixture.meeting.id)))[0]!;

  it('uploads an invitation: stored with its text for the search, the meeting points at it, modified moves; a second one replaces it', async () => {
    const url = STAFF_ENTRY_PATHS.meetingFiles(fixture.meeting.id);
    const before = await meetingRow();
    const saved = await upload(url, { role: 'invitation', name: 'Einladung 5. Sitzung' });
    assert.equal(saved.statusCode, 303);
    const meeting = await meetingRow();
    assert.ok(meeting.modified > before.modified);
    const [file] = await t.db.select().from(councilFiles).where(eq(councilFiles.id, meeting.invitationFileId!));
    assert.deepEqual([file!.name, file!.mimeType, file!.public, file!.size], ['Einladung 5. Sitzung', 'application/pdf', true, pdf.length]);
    assert.match(file!.text ?? '', /Einladung zur fünften Sitzung/);
    assert.ok(await t.deps.files.get(file!.storageKey!), 'the bytes are kept in the file store');
    const [listed] = tableRows((await staff.get(url)).body);
    assert.deepEqual([listed![0], listed![2]], ['Einladung', 'öffentlich']);
    assert.match(listed![1]!, /^Einladung 5\. Sitzung \(einladung\.pdf, [\d,]+ KB\)$/);
    await upload(url, { role: 'invitation' }, pdf, 'einladung-neu.pdf');
    const replaced = await meetingRow();
    assert.notEqual(replaced.invitationFileId, file!.id);
    assert.equal((await t.db.select().from(councilFiles).where(eq(councilFiles.id, file!.id)))[0]!.deleted, true);
  });

  it('adds a non-public attachment to a paper and a further document to a meeting', async () => {
    assert.equal(
      (await upload(STAFF_ENTRY_PATHS.paperFiles(fixture.papers.nonPublicId), { role: 'auxiliary', nonPublic: 'ja' }, pdf, 'lageplan.pdf')).statusCode,
      303,
    );
    const files = await t.db.select().from(councilFiles).where(eq(councilFiles.fileName, 'lageplan.pdf'));
    assert.deepEqual([files[0]!.public, files[0]!.name], [false, 'lageplan']);
    assert.equal((await upload(STAFF_ENTRY_PATHS.meetingFiles(fixture.meeting.id), { role: 'auxiliary' })).statusCode, 303);
    assert.equal((await t.db.select().from(councilMeetingFiles).where(eq(councilMeetingFiles.meetingId, fixture.meeting.id))).length, 1);
    const paper = (await t.db.select().from(councilPapers).where(eq(councilPapers.id, fixture.papers.nonPublicId)))[0]!;
    assert.equal(paper.mainFileId, fixture.files.nonPublicId);
  });

  it('refuses a file that is no PDF by its content, a missing file and a missing kind, with 400; nothing is kept', async () => {
    const url = STAFF_ENTRY_PATHS.meetingFiles(fixture.meeting.id);
    const gif = await upload(url, { role: 'invitation' }, Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;'), 'einladung.pdf');
    assert.equal(gif.statusCode, 400);
    assert.deepEqual(errorMessages(gif.body), ['Die Datei ist kein PDF. Laden Sie das Dokument als PDF hoch.']);
    await staff.get(url);
    const none = await staff.postMultipart(url, { role: 'resultsProtocol' });
    assert.deepEqual(errorMessages(none.body), ['Wählen Sie eine PDF-Datei aus.']);
    const noRole = await upload(url, {});
    assert.deepEqual(errorMessages(noRole.body), ['Wählen Sie aus, was für ein Dokument es ist.']);
    assert.equal((await t.db.select().from(councilFiles)).length, 2);
    assert.equal((await meetingRow()).invitationFileId, null);
  });

  it('keeps the documents of an imported meeting read-only', async () => {
    await t.db
      .update(councilMeetings)
      .set({ sourceId: fixture.sourceId, externalUrl: 'https://ris.example.org/oparl/meeting/5' })
      .where(eq(councilMeetings.id, fixture.meeting.id));
    const url = STAFF_ENTRY_PATHS.meetingFiles(fixture.meeting.id);
    assert.equal((await upload(url, { role: 'invitation' })).statusCode, 409);
    assert.equal((await meetingRow()).invitationFileId, null);
  });
});
