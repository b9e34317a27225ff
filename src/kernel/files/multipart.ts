import { createHash } from 'node:crypto';
import type { FastifyMultipartBaseOptions } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../http/errors';
import { containsNul, invalidCharacters } from '../http/input-guard';
import { detectContentType, formatFileSize } from './content-type';
import { cleanFilename } from './filename';
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
 * Reads a `multipart/form-data` body completely: text fields as strings (arrays when repeated),
 * files into memory with SHA-256 and the type detected from their bytes. Files over the size
 * limit or the count limit are not errors but `rejected`, so the page can show the message at the
 * field. Browsers send an empty part for a file input left empty: it is ignored.
 *
 * The body is parsed once per request (the CSRF check reads it first with the configured upload
 * limits, which are therefore the ceiling); later calls apply their own, stricter limits to that result.
 */
export async function readMultipartForm(request: FastifyRequest, limits: MultipartLimits, options: ReadOptions = {}): Promise<MultipartForm> {
  let parsed = parsedForms.get(request);
  if (!parsed) {
    parsed = request.isMultipart() ? parseParts(request, limits, options) : Promise.resolve(fromPlainBody(request.body));
    parsedForms.set(request, parsed);
  }
  return applyLimits(await parsed, limits);
}

/** The German message for a rejected file, shown at its field. */
export function rejectionMessage(rejected: RejectedFile, limits: MultipartLimits): string {
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
  const form: MultipartForm = { fields: {}, files: [], rejected: [] };
  let filesSeen = false;
  // Too large is a message at the field, not an error page: the part is cut off and marked `truncated`.
  const busboyOptions: FastifyMultipartBaseOptions = {
    limits: { ...FIELD_LIMITS, fileSize: limits.maxFileBytes, files: limits.maxFiles * HARD_FILE_FACTOR },
    throwFileSizeLimit: false,
  };
  // Files are typed after the body is read: failing there is ours, failing while reading is the sender's.
  const read: { fieldName: string; filename: string; bytes: Buffer }[] = [];
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
      if (read.length >= limits.maxFiles) {
        part.file.resume();
        if (filename) form.rejected.push({ fieldName: part.fieldname, filename, reason: 'too_many' });
        continue;
      }
      const bytes = await part.toBuffer();
      if (!filename && bytes.length === 0) continue;
      if (part.file.truncated) form.rejected.push({ fieldName: part.fieldname, filename, reason: 'too_large' });
      else if (bytes.length === 0) form.rejected.push({ fieldName: part.fieldname, filename, reason: 'empty' });
      else read.push({ fieldName: part.fieldname, filename: filename || 'Datei', bytes });
    }
  } catch (error) {
    throw multipartError(error);
  }
  for (const file of read) form.files.push(await uploaded(file.fieldName, file.filename, file.bytes));
  return form;
}

async function uploaded(fieldName: string, filename: string, bytes: Buffer): Promise<UploadedFile> {
  return {
    fieldName,
    filename,
    bytes,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    detectedType: await detectContentType(bytes),
  };
}

function applyLimits(form: MultipartForm, limits: MultipartLimits): MultipartForm {
  const files: UploadedFile[] = [];
  const rejected = [...form.rejected];
  for (const file of form.files) {
    if (file.size > limits.maxFileBytes) rejected.push({ fieldName: file.fieldName, filename: file.filename, reason: 'too_large' });
    else if (files.length >= limits.maxFiles) rejected.push({ fieldName: file.fieldName, filename: file.filename, reason: 'too_many' });
    else files.push(file);
  }
  return { fields: form.fields, files, rejected };
}

/**
 * What fails while the body is read is the sender's: a limit, or a body the parser cannot read (no
 * boundary, cut off, garbage). Busboy reports the latter as plain errors without a code, which used
 * to end as 500 on every form; only our own work on the files, done afterwards, may still fail so.
 */
function multipartError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string } | null)?.code ?? '';
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
    return new AppError('upload_too_large', { status: 413, userMessage: 'Die Anfrage enthält zu viele Dateien oder Felder.', cause: error });
  }
  return new AppError('upload_invalid', { status: 400, userMessage: 'Die Dateien konnten nicht gelesen werden. Versuchen Sie es bitte noch einmal.', cause: error });
}
