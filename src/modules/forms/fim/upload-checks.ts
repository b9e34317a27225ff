import { rejectionMessage, type MultipartForm, type UploadedFile } from '../../../kernel/files';
import type { FieldErrors } from '../../../kernel/http';
import { FORM_KEY } from '../schemas';

/** An uploaded XML file with its bytes (the import route takes small files only). */
export type XmlUpload = UploadedFile & { bytes: Buffer };

/** The import form as read, with the bytes of its files. */
export type FimUploadForm = Omit<MultipartForm, 'files'> & { files: XmlUpload[] };

/** XML text starts with `<` (after a byte order mark and white space) and has no NUL bytes; PDFs and images do not. */
function looksLikeXml(file: XmlUpload): boolean {
  if (file.detectedType !== null && !file.detectedType.includes('xml')) return false;
  const head = file.bytes.subarray(0, 4096);
  if (head.includes(0)) return false;
  return /^(\uFEFF)?\s*</.test(head.toString('utf8'));
}

/** The form key the person typed (empty: derived from the schema's name), also to fill the form in again. */
export function submittedFormKey(form: Pick<MultipartForm, 'fields'>): string {
  const value = form.fields.formKey;
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

export type CheckedUpload = { ok: true; schema: XmlUpload; codeLists: XmlUpload[]; formKey: string } | { ok: false; errors: FieldErrors };

/** The upload of the import form checked field by field: one XML schema, only XML code lists, a valid key. */
export function checkFimUpload(form: FimUploadForm): CheckedUpload {
  const formKey = submittedFormKey(form);
  const errors: FieldErrors = {};
  for (const rejected of form.rejected) errors[rejected.fieldName === 'codeLists' ? 'codeLists' : 'schema'] ??= rejectionMessage(rejected);
  const schema = form.files.find((file) => file.fieldName === 'schema');
  if (!schema) errors.schema ??= 'Wählen Sie die XML-Datei des Stammdatenschemas aus';
  else if (!looksLikeXml(schema)) errors.schema = `Die Datei „${schema.filename}“ ist keine XML-Datei. Wählen Sie das Stammdatenschema als XML-Datei aus`;
  const codeLists = form.files.filter((file) => file.fieldName === 'codeLists');
  const notXml = codeLists.find((file) => !looksLikeXml(file));
  if (notXml) errors.codeLists = `Die Datei „${notXml.filename}“ ist keine XML-Datei. Wählen Sie nur Codelisten im Format genericode (XML) aus`;
  if (formKey && !FORM_KEY.test(formKey)) {
    errors.formKey = 'Geben Sie den Formularschlüssel nur mit Kleinbuchstaben, Ziffern und Bindestrichen an, zum Beispiel bewohnerparkausweis';
  }
  if (!schema || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, schema, codeLists, formKey };
}
