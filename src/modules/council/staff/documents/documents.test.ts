import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { renderPdf } from '../../../../kernel/pdf';
import { errorMessages, tableRows } from '../../../../../tests/support/html';
import { STAFF_ENTRY_PATHS } from '../../paths';
import { councilFiles, councilMeetingFiles, councilMeetings, councilPapers } from '../../tables';
import { staffTestContext } from '../test-support';

describe('council staff: documents of meetings and papers', () => {
  const context = staffTestContext();
  let pdf: Buffer;
  before(
    async () =>
      (pdf = await renderPdf({
        title: 'Einladung',
        author: 'Stadt Iserlohn',
        blocks: [{ type: 'paragraph', text: 'Einladung zur fünften Sitzung des Ausschusses' }],
      })),
  );

  const upload = async (url: string, fields: Record<string, string>, bytes: Buffer = pdf, filename = 'einladung.pdf') => {
    await context.staff.get(url);
    return context.staff.postMultipart(url, fields, [{ field: 'file', filename, bytes }]);
  };
  const meetingRow = async () => (await context.t.db.select().from(councilMeetings).where(eq(councilMeetings.id, context.fixture.meeting.id)))[0]!;

  it('uploads an invitation: stored with its text for the search, the meeting points at it, modified moves; a second one replaces it', async () => {
    const url = STAFF_ENTRY_PATHS.meetingFiles(context.fixture.meeting.id);
    const before = await meetingRow();
    const saved = await upload(url, { role: 'invitation', name: 'Einladung 5. Sitzung' });
    assert.equal(saved.statusCode, 303);
    const meeting = await meetingRow();
    assert.ok(meeting.modified > before.modified);
    const [file] = await context.t.db.select().from(councilFiles).where(eq(councilFiles.id, meeting.invitationFileId!));
    assert.deepEqual([file!.name, file!.mimeType, file!.public, file!.size], ['Einladung 5. Sitzung', 'application/pdf', true, pdf.length]);
    assert.match(file!.text ?? '', /Einladung zur fünften Sitzung/);
    assert.ok(await context.t.deps.files.get(file!.storageKey!), 'the bytes are kept in the file store');
    const [listed] = tableRows((await context.staff.get(url)).body);
    assert.deepEqual([listed![0], listed![2]], ['Einladung', 'öffentlich']);
    assert.match(listed![1]!, /^Einladung 5\. Sitzung \(einladung\.pdf, [\d,]+ KB\)$/);
    await upload(url, { role: 'invitation' }, pdf, 'einladung-neu.pdf');
    const replaced = await meetingRow();
    assert.notEqual(replaced.invitationFileId, file!.id);
    assert.equal((await context.t.db.select().from(councilFiles).where(eq(councilFiles.id, file!.id)))[0]!.deleted, true);
  });

  it('adds a non-public attachment to a paper and a further document to a meeting', async () => {
    assert.equal(
      (await upload(STAFF_ENTRY_PATHS.paperFiles(context.fixture.papers.nonPublicId), { role: 'auxiliary', nonPublic: 'ja' }, pdf, 'lageplan.pdf')).statusCode,
      303,
    );
    const files = await context.t.db.select().from(councilFiles).where(eq(councilFiles.fileName, 'lageplan.pdf'));
    assert.deepEqual([files[0]!.public, files[0]!.name], [false, 'lageplan']);
    assert.equal((await upload(STAFF_ENTRY_PATHS.meetingFiles(context.fixture.meeting.id), { role: 'auxiliary' })).statusCode, 303);
    assert.equal((await context.t.db.select().from(councilMeetingFiles).where(eq(councilMeetingFiles.meetingId, context.fixture.meeting.id))).length, 1);
    const paper = (await context.t.db.select().from(councilPapers).where(eq(councilPapers.id, context.fixture.papers.nonPublicId)))[0]!;
    assert.equal(paper.mainFileId, context.fixture.files.nonPublicId);
  });

  it('refuses a file that is no PDF by its content, a missing file and a missing kind, with 400; nothing is kept', async () => {
    const url = STAFF_ENTRY_PATHS.meetingFiles(context.fixture.meeting.id);
    const gif = await upload(url, { role: 'invitation' }, Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;'), 'einladung.pdf');
    assert.equal(gif.statusCode, 400);
    assert.deepEqual(errorMessages(gif.body), ['Die Datei ist kein PDF. Laden Sie das Dokument als PDF hoch.']);
    await context.staff.get(url);
    const none = await context.staff.postMultipart(url, { role: 'resultsProtocol' });
    assert.deepEqual(errorMessages(none.body), ['Wählen Sie eine PDF-Datei aus.']);
    const noRole = await upload(url, {});
    assert.deepEqual(errorMessages(noRole.body), ['Wählen Sie aus, was für ein Dokument es ist.']);
    assert.equal((await context.t.db.select().from(councilFiles)).length, 2);
    assert.equal((await meetingRow()).invitationFileId, null);
  });

  it('keeps the documents of an imported meeting read-only', async () => {
    await context.t.db
      .update(councilMeetings)
      .set({ sourceId: context.fixture.sourceId, externalUrl: 'https://ris.example.org/oparl/meeting/5' })
      .where(eq(councilMeetings.id, context.fixture.meeting.id));
    const url = STAFF_ENTRY_PATHS.meetingFiles(context.fixture.meeting.id);
    assert.equal((await upload(url, { role: 'invitation' })).statusCode, 409);
    assert.equal((await meetingRow()).invitationFileId, null);
  });
});
