import { formatFileSize } from '../../../kernel/files';
import { Button, ErrorMessage } from '../../../kernel/views';
import { UPLOAD_TYPES, type FieldDef } from '../definition';
import { REMOVE_FILE } from '../engine';

export interface UploadedFileView {
  id: string;
  filename: string;
  size: number;
  /** Download link (authorized by the caller's route). */
  href: string;
}

const TYPE_NAMES: Record<string, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPG', 'image/png': 'PNG' };

function uploadHint(field: FieldDef, hint: string | undefined): string {
  const types = (field.accept ?? UPLOAD_TYPES).map((type) => TYPE_NAMES[type] ?? type).join(', ');
  const size = field.maxFileBytes ? `, höchstens ${formatFileSize(field.maxFileBytes)} je Datei` : '';
  return [hint, `Erlaubt sind ${types}${size}. Sie können mehrere Dateien auswählen.`].filter(Boolean).join(' ');
}

/**
 * File upload without JavaScript: a multiple file input (the caller's form is multipart) and the
 * files already uploaded, each with a button that posts `_removeFile=<id>`.
 */
export function FileField({
  field,
  name,
  hint,
  error,
  files,
}: {
  field: FieldDef;
  name: string;
  hint: string | undefined;
  error: string | undefined;
  files: UploadedFileView[];
}) {
  const hintId = `${name}-hint`;
  return (
    <div class={error ? 'form-group form-group--error' : 'form-group'}>
      <label class="label" for={name}>
        {field.label}
      </label>
      <div id={hintId} class="hint">
        {uploadHint(field, hint)}
      </div>
      <ErrorMessage name={name} error={error} />
      {files.length > 0 && (
        <ul class="file-list" aria-label={`Hochgeladene Dateien: ${field.label}`}>
          {files.map((file) => (
            <li>
              <a href={file.href}>{file.filename}</a> ({formatFileSize(file.size)}){' '}
              <Button variant="secondary" name={REMOVE_FILE} value={file.id}>
                Entfernen<span class="visually-hidden"> {file.filename}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <input
        class={error ? 'input input--error' : 'input'}
        type="file"
        id={name}
        name={name}
        multiple
        accept={(field.accept ?? UPLOAD_TYPES).join(',')}
        aria-describedby={error ? `${hintId} ${name}-error` : hintId}
        aria-invalid={error ? 'true' : undefined}
      />
    </div>
  );
}
