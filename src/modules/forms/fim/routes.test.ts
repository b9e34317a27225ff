import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../../kernel/audit';
import { EDITOR_PATHS } from '../paths';
import { formVersions } from '../tables';
import { fixture, PARKING_XDF2, parkingCodeLists } from './test-fixtures';
import { SAMPLE_FILES } from '../../../../tests/support/files';
import { errorSummary } from '../../../../tests/support/html';
import type { TestUpload } from '../../../../tests/support/multipart';
import { personWith } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';

let t: TestApp;
/** A staff member's browser; `upload` sends the import form as a browser does (multipart, token in the body). */
async function staff(permissions: string[]) {
  const person = await personWith(t, 'staff', { permissions });
  return { ...person, upload: (fields: Record<string, string>, files: TestUpload[]) => person.postMultipart(EDITOR_PATHS.fimImport, fields, files) };
}

const schemaUpload = (bytes: Buffer, filename = 'schema.xml'): TestUpload => ({ field: 'schema', filename, bytes, contentType: 'text/xml' });

describe('FIM import in the back office', () => {
  before(async () => {
    t = await createTestApp();
  });
  beforeEach(() => t.reset());
  after(() => t.close());

  it('is only for staff who edit forms', async () => {
    const other = await staff([]);
    assert.equal((await other.get(EDITOR_PATHS.fimImport)).statusCode, 404, 'the back office does not reveal itself');
    const anonymous = await t.app.inject({ method: 'GET', url: EDITOR_PATHS.fimImport });
    assert.notEqual(anonymous.statusCode, 200);
  });

  it('shows the upload form with labelled file inputs', async () => {
    const editor = await staff(['forms.edit']);
    const page = await editor.get(EDITOR_PATHS.fimImport);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<h1>FIM-Stammdatenschema importieren<\/h1>/);
    assert.match(page.body, /enctype="multipart\/form-data"/);
    assert.match(page.body, /<label class="label" for="schema">Stammdatenschema \(XML-Datei\)<\/label>/);
    assert.match(page.body, /<input[^>]*id="codeLists"[^>]*type="file"[^>]*multiple/);
  });

  it('asks for the file, refuses a PDF named .xml and a file that is not a schema, at the field with 400', async () => {
    const editor = await staff(['forms.edit']);
    await editor.get(EDITOR_PATHS.fimImport);
    const empty = await editor.upload({ formKey: 'parken' }, []);
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /<title>Fehler: /);
    assert.ok(errorSummary(empty.body).some((entry) => entry.href === '#schema' && entry.text === 'Wählen Sie die XML-Datei des Stammdatenschemas aus'));
    assert.match(empty.body, /value="parken"/, 'the form key is kept');

    const pdf = await editor.upload({}, [schemaUpload(SAMPLE_FILES.pdf, 'schema.xml')]);
    assert.equal(pdf.statusCode, 400);
    assert.match(pdf.body, /Die Datei „schema\.xml“ ist keine XML-Datei/);

    const html = await editor.upload({}, [schemaUpload(SAMPLE_FILES.html, 'seite.xml')]);
    assert.equal(html.statusCode, 400);
    assert.match(html.body, /id="schema-error"[^]*Die Datei ist eine HTML-Seite/);

    const badKey = await editor.upload({ formKey: 'Bewohner Parken' }, [schemaUpload(fixture(PARKING_XDF2))]);
    assert.equal(badKey.statusCode, 400);
    assert.match(badKey.body, /Geben Sie den Formularschlüssel nur mit Kleinbuchstaben/);
    assert.equal((await t.db.select().from(formVersions)).length, 0, 'nothing was stored');
  });

  it('imports schema and code lists into a draft, shows what to complete and links to the editor', async () => {
    const editor = await staff(['forms.edit']);
    await editor.get(EDITOR_PATHS.fimImport);
    const codeLists = Object.entries(parkingCodeLists()).map(([filename, bytes]) => ({ field: 'codeLists', filename, bytes, contentType: 'application/xml' }));
    const response = await editor.upload({ formKey: 'bewohnerparkausweis' }, [schemaUpload(fixture(PARKING_XDF2), 'S05000058V1.0_xdf2.xml'), ...codeLists]);
    assert.equal(response.statusCode, 303, response.body);
    const location = String(response.headers.location);
    assert.match(location, /^\/verwaltung\/formulare\/fim-import\/ergebnis\/[0-9a-f-]{36}$/);

    const [draft] = await t.db.select().from(formVersions).where(eq(formVersions.formKey, 'bewohnerparkausweis'));
    assert.equal(draft?.status, 'draft');
    assert.equal(draft?.source, 'fim');
    assert.equal(draft?.version, 1);
    assert.equal(draft?.definition.fim?.schemaId, 'S05000058');
    assert.ok(draft?.importReport?.some((line) => line.startsWith('R05000281')));
    assert.ok(!draft?.importReport?.some((line) => /Codeliste .* liegt nicht vor/.test(line)), 'all six code lists were used');
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'forms.draft.imported'), eq(auditLog.objectId, draft!.id)));
    assert.equal(entry?.actorLabel, editor.email);

    const result = await editor.get(location);
    assert.equal(result.statusCode, 200);
    assert.match(result.body, /S05000058 Version 1\.0 „Antrag auf Erteilung \/ Verlängerung Bewohnerparkausweis“ \(XDatenfelder 2\.0\)/);
    assert.match(result.body, /<dt class="summary-list__key">Seiten<\/dt><dd class="summary-list__value">5<\/dd>/);
    assert.match(result.body, /<caption class="table__caption">Offene Regeln aus FIM<\/caption>/);
    assert.match(result.body, /G05000599 „Angaben zur bestehendem Bewohnerparkausweis“: Die Gruppe ist optional/);
    assert.match(result.body, /href="\/verwaltung\/formulare\/bewohnerparkausweis\/entwurf"/);
  });

  it('answers 404 for an unknown result', async () => {
    const editor = await staff(['forms.edit']);
    const missing = await editor.get(`${EDITOR_PATHS.fimImport}/ergebnis/00000000-0000-4000-8000-000000000000`);
    assert.equal(missing.statusCode, 404);
  });
});
