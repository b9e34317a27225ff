import type { FastifyInstance, FastifyRequest } from 'fastify';
import { loadAuthorized } from '../../../kernel/auth';
import { readMultipartForm, rejectionMessage, uploadBytes } from '../../../kernel/files';
import { AppError, errors as httpErrors, type FieldErrors } from '../../../kernel/http/errors';
import type { ModuleDeps } from '../../../kernel/module';
import type { Crumb } from '../../../kernel/views';
import { EDITOR_PATHS } from '../paths';
import { mayEditForms } from '../policies';
import { findFormVersion } from '../repository';
import { FORM_KEY } from '../schemas';
import { requireEditor } from '../use-cases/require-editor';
import { saveImportedDraft } from '../use-cases/save-imported-draft';
import { importFimFile, type FimImportResult } from '.';
import { slug } from './ids';
import { FimImportForm } from './views/import-form';
import { FimImportResult as FimImportResultPage } from './views/import-result';

const CRUMBS: Crumb[] = [
  { href: '/', label: 'Startseite' },
  { href: EDITOR_PATHS.list, label: 'Formulare' },
];
const TITLE = 'FIM-Stammdatenschema importieren';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const resultPath = (versionId: string) => `${EDITOR_PATHS.fimImport}/ergebnis/${versionId}`;

/** The XML files are parsed whole in memory: this route takes small files only. */
const FIM_UPLOAD_LIMITS = { maxFileBytes: 5 * 1024 * 1024 };

/** An uploaded XML file, read from the file store (small: FIM_UPLOAD_LIMITS). */
interface XmlUpload {
  filename: string;
  detectedType: string | null;
  bytes: Buffer;
}

/** XML text starts with `<` (after a byte order mark and white space) and has no NUL bytes; PDFs and images do not. */
function looksLikeXml(file: XmlUpload): boolean {
  if (file.detectedType !== null && !file.detectedType.includes('xml')) return false;
  const head = file.bytes.subarray(0, 4096);
  if (head.includes(0)) return false;
  return /^(\uFEFF)?\s*</.test(head.toString('utf8'));
}

function single(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

interface ImportInput {
  formKey: string;
  result: FimImportResult;
}

/** Reads and checks the upload; the errors are shown at the fields. */
async function readImport(request: FastifyRequest): Promise<{ ok: true; input: ImportInput } | { ok: false; errors: FieldErrors; formKey: string }> {
  const form = await readMultipartForm(request);
  const formKey = single(form.fields.formKey);
  const errors: FieldErrors = {};
  for (const rejected of form.rejected) errors[rejected.fieldName === 'codeLists' ? 'codeLists' : 'schema'] ??= rejectionMessage(rejected);
  const files = await Promise.all(form.files.map(async (file) => ({ ...file, bytes: await uploadBytes(request, file) })));
  const schema = files.find((file) => file.fieldName === 'schema');
  if (!schema) errors.schema ??= 'Wählen Sie die XML-Datei des Stammdatenschemas aus';
  else if (!looksLikeXml(schema)) errors.schema = `Die Datei „${schema.filename}“ ist keine XML-Datei. Wählen Sie das Stammdatenschema als XML-Datei aus`;
  const codeLists = files.filter((file) => file.fieldName === 'codeLists');
  const notXml = codeLists.find((file) => !looksLikeXml(file));
  if (notXml) errors.codeLists = `Die Datei „${notXml.filename}“ ist keine XML-Datei. Wählen Sie nur Codelisten im Format genericode (XML) aus`;
  if (formKey && !FORM_KEY.test(formKey)) {
    errors.formKey = 'Geben Sie den Formularschlüssel nur mit Kleinbuchstaben, Ziffern und Bindestrichen an, zum Beispiel bewohnerparkausweis';
  }
  if (!schema || Object.keys(errors).length > 0) return { ok: false, errors, formKey };
  try {
    const result = importFimFile(schema.bytes, Object.fromEntries(codeLists.map((file) => [file.filename, file.bytes])));
    return { ok: true, input: { formKey: formKey || slug(result.schema.name), result } };
  } catch (error) {
    if (error instanceof AppError && error.status === 400) return { ok: false, errors: { schema: error.userMessage }, formKey };
    throw error;
  }
}

/** Back office: upload an XDatenfelder schema (and its code lists), get a draft and the list of what to complete. */
export function registerFimImportRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  app.get(EDITOR_PATHS.fimImport, async (request, reply) => {
    requireEditor(request.user);
    return reply.page({ title: TITLE, breadcrumbs: CRUMBS, body: <FimImportForm /> });
  });

  app.post(EDITOR_PATHS.fimImport, { config: { uploadLimits: FIM_UPLOAD_LIMITS } }, async (request, reply) => {
    requireEditor(request.user);
    const actor = request.user;
    const read = await readImport(request);
    if (!read.ok) {
      return reply.page({ title: TITLE, breadcrumbs: CRUMBS, hasErrors: true, body: <FimImportForm errors={read.errors} formKey={read.formKey} /> });
    }
    const { formKey, result } = read.input;
    const saved = await db.transaction((tx) => saveImportedDraft(tx, actor, { formKey, definition: result.definition, importReport: result.unsupported, ip: request.ip }));
    return reply.redirect(resultPath(saved.id), 303);
  });

  app.get(resultPath(':id'), async (request, reply) => {
    requireEditor(request.user);
    const { id } = request.params as { id: string };
    if (!UUID.test(id)) throw httpErrors.notFound('Das Importergebnis');
    const version = await loadAuthorized(request.user, () => findFormVersion(db, id), mayEditForms, 'Das Importergebnis');
    if (version.source !== 'fim') throw httpErrors.notFound('Das Importergebnis');
    const summary = { formKey: version.formKey, version: version.version, definition: version.definition, report: version.importReport ?? [] };
    return reply.page({ title: 'Ergebnis des FIM-Imports', breadcrumbs: CRUMBS, wide: true, body: <FimImportResultPage summary={summary} /> });
  });
}
