import type { FastifyMultipartBaseOptions } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../http/errors';
import { containsNul, invalidCharacters } from '../http/input-guard';
import { formatFileSize } from './content-type';
import { cleanFilename } from './filename';
import { receiveFile, StoreFailure } from './receive';
import { discardUnkept, trackUpload, uploadLimitsOf, uploadSettingsOf } from './uploads';
import type { MultipartForm, MultipartLimits, RejectedFile, UploadedFile } from './types';

/** Text fields are short; this bounds memory for hostile requests. */
const FIELD_LIMITS = { fieldSize: 100_000, fields: 500 };
/**
 * Files beyond `maxFiles` are drained and reported as rejected so the page can say so; past this
 * multiple the request is refused outright (it is not a browser filling a form).
 */
const HARD_FILE_FACTOR = 5;

export interface ReadOptions {
  /** Called with the fields read so far when the first file arrives; throwing stops reading (the CSRF check). */
  beforeFiles?: (fields: MultipartForm['fields']) => void;
}

/** A request body is a stream and can be read once: the first read (usually the CSRF check) is kept. */
const parsedForms = new WeakMap<FastifyRequest, Promise<MultipartForm>>();

/**
 * Reads a `multipart/form-data` body: text fields as strings (arrays when repeated), files streamed
 * into the file store as they arrive — through type detection (first bytes), SHA-256 and a byte
 * count — so no file is ever held in memory. The limits are the route's (`config.uploadLimits`
 * over the configured defaults); a file passing them is cut off at once, what was written of it is
 * removed, and it comes back in `rejected` so the page can show the message at the field. A file
 * the handler does not keep (`keepUpload`, done by the attachments' store) is deleted with the
 * response. Browsers send an empty part for a file input left empty: it is ignored.
 *
 * The body is parsed once per request (by the CSRF check); `limits`, when given, apply on top of
 * that result (stricter limits of one caller).
 */
export async function readMultipartForm(request: FastifyRequest, limits?: MultipartLimits, options: ReadOptions = {}): Promise<MultipartForm> {
  const routeLimits = request.isMultipart() ? uploadLimitsOf(request) : undefined;
  let parsed = parsedForms.get(request);
  if (!parsed) {
    parsed = routeLimits ? parseParts(request, routeLimits, options) : Promise.resolve(fromPlainBody(request.body));
    parsedForms.set(request, parsed);
  }
  const form = await parsed;
  const applied = limits ?? routeLimits;
  return applied ? applyLimits(form, applied) : form;
}

/** The German message for a rejected file, shown at its field. */
export function rejectionMessage(rejected: RejectedFile, limits: MultipartLimits = rejected.limits): string {
  switch (rejected.reason) {
    case 'too_large':
      return `Die Datei „${rejected.filename}“ ist zu groß. Sie darf höchstens ${formatFileSize(limits.maxFileBytes)} groß sein.`;
    case 'too_many':
      return `Sie können höchstens ${limits.maxFiles} ${limits.maxFiles === 1 ? 'Datei' : 'Dateien'} auf einmal hochladen. Die Datei „${rejected.filename}“ wurde nicht übernommen.`;
    case 'empty':
      return `Die Datei „${rejected.filename}“ ist leer. Wählen Sie eine Datei mit Inhalt aus.`;
  }
}

function addField(fields: MultipartForm['fields'], name: string, value: string): void {
  if (containsNul(name) || containsNul(value)) throw invalidCharacters();
  const existing = fields[name];
  if (existing === undefined) fields[name] = value;
  else fields[name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
}

function fromPlainBody(body: unknown): MultipartForm {
  const fields: MultipartForm['fields'] = {};
  for (const [name, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (typeof value === 'string') addField(fields, name, value);
    else if (Array.isArray(value)) for (const item of value) if (typeof item === 'string') addField(fields, name, item);
  }
  return { fields, files: [], rejected: [] };
}

async function parseParts(request: FastifyRequest, limits: MultipartLimits, options: ReadOptions): Promise<MultipartForm> {
  const { store } = uploadSettingsOf(request);
  const form: MultipartForm = { fields: {}, files: [], rejected: [] };
  let filesSeen = false;
  // One byte over the limit reaches our counter, which stops the write; busboy discards the rest of the part.
  const busboyOptions: FastifyMultipartBaseOptions = {
    limits: { ...FIELD_LIMITS, fileSize: limits.maxFileBytes + 1, files: limits.maxFiles * HARD_FILE_FACTOR },
    throwFileSizeLimit: false,
  };
  try {
    // Inside the try: without a boundary the parser already throws when it is created.
    for await (const part of request.parts(busboyOptions)) {
      if (part.type === 'field') {
        if (typeof part.value === 'string') addField(form.fields, part.fieldname, part.value);
        continue;
      }
      if (!filesSeen) {
        filesSeen = true;
        options.beforeFiles?.(form.fields);
      }
      // File names are shown and stored: cleaned here, once, for every upload form.
      const filename = part.filename.trim() ? cleanFilename(part.filename) : '';
      const reject = (reason: RejectedFile['reason']) => form.rejected.push({ fieldName: part.fieldname, filename, reason, limits });
      if (form.files.length >= limits.maxFiles) {
        part.file.resume();
        if (filename) reject('too_many');
        continue;
      }
      const received = await receiveFile(store, part.file, limits.maxFileBytes, (key) => trackUpload(request, key));
      if (received.kind === 'stored') form.files.push({ fieldName: part.fieldname, filename: filename || 'Datei', ...received.file });
      else if (filename) reject(received.kind);
    }
  } catch (error) {
    // Nothing of a body that failed is kept: not the file being written, not the ones before it.
    await discardUnkept(request, true);
    if (error instanceof StoreFailure) throw error.cause;
    throw multipartError(error);
  }
  return form;
}

function applyLimits(form: MultipartForm, limits: MultipartLimits): MultipartForm {
  const files: UploadedFile[] = [];
  const rejected = [...form.rejected];
  for (const file of form.files) {
    if (file.size > limits.maxFileBytes) rejected.push({ fieldName: file.fieldName, filename: file.filename, reason: 'too_large', limits });
    else if (files.length >= limits.maxFiles) rejected.push({ fieldName: file.fieldName, filename: file.filename, reason: 'too_many', limits });
    else files.push(file);
  }
  return { fields: form.fields, files, rejected };
}

/**
 * What fails while the body is read is the sender's: a limit, or a body the parser cannot read (no
 * boundary, cut off, garbage). Busboy reports the latter as plain errors without a code, which used
 * to end as 500 on every form; a failing file store is ours and stays a 500 (StoreFailure above).
 */
function multipartError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string } | null)?.code ?? '';
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
    return new AppError('upload_too_large', { status: 413, userMessage: 'Die Anfrage enthält zu viele Dateien oder Felder.', cause: error });
  }
  return new AppError('upload_invalid', {
    status: 400,
    userMessage: 'Die Dateien konnten nicht gelesen werden. Versuchen Sie es bitte noch einmal.',
    cause: error,
  });
}
