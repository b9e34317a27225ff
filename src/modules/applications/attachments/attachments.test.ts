import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { TestApp } from '../../../../tests/support/test-app';
import { storeUpload, type UploadedFile } from '../../../kernel/files';
import { PATHS } from '../paths';
import type { ApplicationRow } from '../repository';
import {
  deleteApplicationFiles,
  listApplicationFiles,
  readAuthorizedFile,
  removeAnswerFile,
  storeAnswerFiles,
  storeGeneratedFile,
  storeMessageFiles,
} from './index';
import { applicationMessages } from '../tables';
import { caseWorker, createApplication, guestCookie } from '../../../../tests/support/applications';
import { SAMPLE_FILES, storedBytes } from '../../../../tests/support/files';
import { citizen } from '../../../../tests/support/people';
import { createTestApp } from '../../../../tests/support/test-app';

describe('attachments', () => {
  let t: TestApp;
  let owner: Awaited<ReturnType<typeof citizen>>;
  let application: ApplicationRow;

  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());
  beforeEach(async () => {
    await t.reset();
    owner = await citizen(t);
    application = await createApplication(t, { applicantId: owner.id }, { status: 'draft', reference: null, submittedAt: null });
  });

  const field = { accept: undefined, maxFileBytes: undefined, maxLength: 2 };
  /** A file as readMultipartForm hands it over: already streamed into the store. */
  const upload = (filename: string, bytes: Buffer, fieldName = 'nachweis'): Promise<UploadedFile> =>
    storeUpload(t.deps.files, { fieldName, filename, body: bytes });

  it('stores accepted uploads (bytes in the store, row with detected type and hash) and refuses disguised files', async () => {
    const files = [
      await upload('C:\\Users\\erika\\Meldebescheinigung.pdf', SAMPLE_FILES.pdf),
      await upload('rechnung.pdf', SAMPLE_FILES.exe),
      await upload('seite.pdf', SAMPLE_FILES.html),
    ];
    const result = await storeAnswerFiles(t.deps, { application, fieldId: 'nachweis', field, files, uploadedBy: owner.id });
    assert.deepEqual(result.errors, [
      'Die Datei „rechnung.pdf“ ist keine PDF-, JPEG- oder PNG-Datei. Laden Sie eine Datei in einem dieser Formate hoch.',
      'Die Datei „seite.pdf“ ist keine PDF-, JPEG- oder PNG-Datei. Laden Sie eine Datei in einem dieser Formate hoch.',
    ]);
    assert.equal(result.stored.length, 1);
    const [row] = result.stored;
    assert.equal(row!.filename, 'Meldebescheinigung.pdf');
    assert.equal(row!.contentType, 'application/pdf');
    assert.equal(row!.kind, 'answer');
    assert.equal(row!.fieldId, 'nachweis');
    assert.deepEqual(await storedBytes(t.deps.files, row!.storageKey), SAMPLE_FILES.pdf);
    assert.equal(row!.sha256, createHash('sha256').update(SAMPLE_FILES.pdf).digest('hex'));
    assert.equal(row!.size, SAMPLE_FILES.pdf.length);
    assert.deepEqual(
      (await listApplicationFiles(t.db, application.id)).map((file) => file.id),
      [row!.id],
    );
    assert.equal(await t.deps.files.get(files[1]!.storageKey), null, 'a refused upload is deleted from the store');
    assert.equal(await t.deps.files.get(files[2]!.storageKey), null);
  });

  it('keeps to the field: accepted types, size limit and number of files including those already there', async () => {
    const onlyPng = await storeAnswerFiles(t.deps, {
      application,
      fieldId: 'foto',
      field: { accept: ['image/png'], maxFileBytes: 50 },
      files: [await upload('a.pdf', SAMPLE_FILES.pdf), await upload('b.png', SAMPLE_FILES.png)],
      uploadedBy: owner.id,
    });
    assert.deepEqual(onlyPng.errors, [
      'Die Datei „a.pdf“ ist keine PNG-Datei. Laden Sie eine Datei in einem dieser Formate hoch.',
      'Die Datei „b.png“ ist zu groß. Sie darf höchstens 1 KB groß sein.',
    ]);
    await storeAnswerFiles(t.deps, { application, fieldId: 'nachweis', field, files: [await upload('1.pdf', SAMPLE_FILES.pdf)], uploadedBy: owner.id });
    const more = await storeAnswerFiles(t.deps, {
      application,
      fieldId: 'nachweis',
      field,
      files: [await upload('2.pdf', SAMPLE_FILES.pdf), await upload('3.pdf', SAMPLE_FILES.pdf)],
      uploadedBy: owner.id,
    });
    assert.deepEqual(
      more.stored.map((row) => row.filename),
      ['2.pdf'],
    );
    assert.deepEqual(more.errors, ['Sie können hier nur noch eine Datei hochladen. Die Datei „3.pdf“ wurde nicht übernommen.']);
  });

  it('removes an answer file with its bytes; the retention job removes all files of an application', async () => {
    const { stored } = await storeAnswerFiles(t.deps, {
      application,
      fieldId: 'nachweis',
      field,
      files: [await upload('1.pdf', SAMPLE_FILES.pdf), await upload('2.png', SAMPLE_FILES.png)],
      uploadedBy: owner.id,
    });
    const other = await createApplication(t, { applicantId: owner.id }, { status: 'draft', reference: null, submittedAt: null });
    assert.equal(await removeAnswerFile(t.deps, { application: other, fileId: stored[0]!.id }), false, 'not a file of that application');
    assert.equal(await removeAnswerFile(t.deps, { application, fileId: stored[0]!.id }), true);
    assert.equal(await storedBytes(t.deps.files, stored[0]!.storageKey), null);
    assert.equal(await deleteApplicationFiles(t.deps, application.id), 1);
    assert.equal(await storedBytes(t.deps.files, stored[1]!.storageKey), null);
    assert.deepEqual(await listApplicationFiles(t.db, application.id), []);
  });

  it('stores generated PDFs and message attachments inside the caller’s transaction', async () => {
    await assert.rejects(
      t.db.transaction(async (tx) => {
        await storeGeneratedFile(t.deps, tx, { application, kind: 'receipt', filename: 'Eingangsbestätigung.pdf', bytes: SAMPLE_FILES.pdf });
        throw new Error('rolled back');
      }),
      /rolled back/,
    );
    assert.deepEqual(await listApplicationFiles(t.db, application.id), [], 'no row survives a rollback');
    const receipt = await t.db.transaction((tx) =>
      storeGeneratedFile(t.deps, tx, { application, kind: 'receipt', filename: 'Eingangsbestätigung.pdf', bytes: SAMPLE_FILES.pdf }),
    );
    assert.equal(receipt.contentType, 'application/pdf');
    assert.equal(receipt.uploadedBy, null);

    const [message] = await t.db
      .insert(applicationMessages)
      .values({ applicationId: application.id, direction: 'from_applicant', subject: 'Nachweis', body: 'Anbei' })
      .returning();
    const program = await upload('x.pdf', SAMPLE_FILES.exe, 'anhang');
    await assert.rejects(
      t.db.transaction((tx) => storeMessageFiles(t.deps, tx, { application, messageId: message!.id, files: [program], uploadedBy: owner.id })),
      (error: { status?: number }) => error.status === 400,
    );
    assert.equal(await t.deps.files.get(program.storageKey), null, 'the refused attachment is deleted');
    const [attached] = await t.db.transaction(async (tx) =>
      storeMessageFiles(t.deps, tx, { application, messageId: message!.id, files: [await upload('foto.png', SAMPLE_FILES.png)], uploadedBy: owner.id }),
    );
    assert.equal(attached!.messageId, message!.id);
    assert.equal(attached!.kind, 'message');
  });

  describe('downloads', () => {
    let fileId: string;
    beforeEach(async () => {
      fileId = (
        await storeAnswerFiles(t.deps, {
          application,
          fieldId: 'nachweis',
          field,
          files: [await upload('Bescheinigung für Müller.pdf', SAMPLE_FILES.pdf)],
          uploadedBy: owner.id,
        })
      ).stored[0]!.id;
    });

    it('sends the owner their file as a download that is never sniffed, rendered inline or cached', async () => {
      const response = await owner.get(PATHS.file(application.id, fileId));
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['content-type'], 'application/pdf');
      assert.equal(
        response.headers['content-disposition'],
        `attachment; filename="Bescheinigung fur Muller.pdf"; filename*=UTF-8''Bescheinigung%20f%C3%BCr%20M%C3%BCller.pdf`,
      );
      assert.equal(response.headers['x-content-type-options'], 'nosniff');
      assert.equal(response.headers['cache-control'], 'private, no-store');
      assert.deepEqual(response.rawPayload, SAMPLE_FILES.pdf);
    });

    it('answers 404 to everybody else, and for ids that do not match', async () => {
      const stranger = await citizen(t);
      assert.equal((await stranger.get(PATHS.file(application.id, fileId))).statusCode, 404);
      assert.equal((await t.client().get(PATHS.file(application.id, fileId))).statusCode, 404);
      const own = await createApplication(t, { applicantId: stranger.id });
      assert.equal((await stranger.get(PATHS.file(own.id, fileId))).statusCode, 404, 'file id of another application under an own application');
      assert.equal((await owner.get(PATHS.file(application.id, 'kein-uuid'))).statusCode, 404);
    });

    it('lets a guest with proven access download, and nobody with a forged cookie', async () => {
      const guestApplication = await createApplication(t, { guestEmail: 'gast@example.org' }, { status: 'draft', reference: null, submittedAt: null });
      const { stored } = await storeAnswerFiles(t.deps, {
        application: guestApplication,
        fieldId: 'nachweis',
        field,
        files: [await upload('a.png', SAMPLE_FILES.png)],
        uploadedBy: null,
      });
      const url = PATHS.file(guestApplication.id, stored[0]!.id);
      assert.equal((await t.client().get(url, { cookie: guestCookie(t.config.secret, [guestApplication.id]) })).statusCode, 200);
      assert.equal((await t.client().get(url, { cookie: guestCookie('another-secret-another-secret-0123456789', [guestApplication.id]) })).statusCode, 404);
      assert.equal((await t.client().get(url, { cookie: guestCookie(t.config.secret, [application.id]) })).statusCode, 404);
    });

    it('staff read files of submitted applications of their department only; API tokens of the department likewise', async () => {
      const access = { applicationId: application.id, fileId, as: 'staff' as const };
      const clerk = await caseWorker(t, [application.departmentId]);
      const actor = {
        id: clerk.id,
        email: clerk.email,
        displayName: '',
        role: 'staff' as const,
        emailVerified: true,
        departments: [application.departmentId],
        permissions: new Set(['applications.process']),
      };
      await assert.rejects(readAuthorizedFile(t.deps, actor, access), { status: 404 }, 'a draft is the citizen’s alone');
      const submitted = await createApplication(t, { applicantId: owner.id });
      const submittedFile = (
        await storeAnswerFiles(t.deps, {
          application: submitted,
          fieldId: 'nachweis',
          field,
          files: [await upload('a.pdf', SAMPLE_FILES.pdf)],
          uploadedBy: owner.id,
        })
      ).stored[0]!;
      const read = await readAuthorizedFile(t.deps, actor, { applicationId: submitted.id, fileId: submittedFile.id, as: 'staff' });
      const chunks: Buffer[] = [];
      for await (const chunk of read.body) chunks.push(chunk as Buffer);
      assert.deepEqual(Buffer.concat(chunks), SAMPLE_FILES.pdf);
      await assert.rejects(
        readAuthorizedFile(t.deps, { ...actor, departments: ['anderer-fachbereich'] }, { applicationId: submitted.id, fileId: submittedFile.id, as: 'staff' }),
        { status: 404 },
      );
      await assert.rejects(
        readAuthorizedFile(t.deps, null, { applicationId: submitted.id, fileId: submittedFile.id, as: 'api', apiDepartmentId: 'anderer-fachbereich' }),
        { status: 404 },
      );
      assert.equal(
        (await readAuthorizedFile(t.deps, null, { applicationId: submitted.id, fileId: submittedFile.id, as: 'api', apiDepartmentId: submitted.departmentId }))
          .row.id,
        submittedFile.id,
      );
    });
  });
});
