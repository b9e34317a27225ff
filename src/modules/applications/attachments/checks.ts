import type { UploadedFile } from '../../../kernel/files';
import { formatFileSize } from '../../../kernel/files';
import { UPLOAD_TYPES, type UploadType } from '../../forms';

const TYPE_NAMES: Record<UploadType, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG' };

export interface UploadRules {
  /** Content types accepted, judged by the bytes; default PDF, JPEG and PNG. */
  accept?: readonly UploadType[];
  maxFileBytes: number;
  /** How many more files may be added. */
  remaining: number;
}

/** "PDF, JPEG oder PNG" */
export function acceptedTypesText(accept: readonly UploadType[] = UPLOAD_TYPES): string {
  const names = accept.map((type) => TYPE_NAMES[type]);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} oder ${names.at(-1)}` : (names[0] ?? '');
}

/** "PDF-, JPEG- oder PNG-Datei" */
function fileKindText(accept: readonly UploadType[]): string {
  const names = accept.map((type) => TYPE_NAMES[type]);
  const last = names.at(-1) ?? '';
  return names.length > 1
    ? `${names
        .slice(0, -1)
        .map((name) => `${name}-`)
        .join(', ')} oder ${last}-Datei`
    : `${last}-Datei`;
}

/**
 * Splits uploads into accepted files and German messages for the rest. The type is the one
 * detected from the bytes: a `.pdf` that is really a program or a web page is refused.
 */
export function checkUploads(files: readonly UploadedFile[], rules: UploadRules): { accepted: UploadedFile[]; errors: string[] } {
  const accept = rules.accept?.length ? rules.accept : UPLOAD_TYPES;
  const accepted: UploadedFile[] = [];
  const errors: string[] = [];
  for (const file of files) {
    if (!file.detectedType || !(accept as readonly string[]).includes(file.detectedType)) {
      errors.push(`Die Datei „${file.filename}“ ist keine ${fileKindText(accept)}. Laden Sie eine Datei in einem dieser Formate hoch.`);
    } else if (file.size > rules.maxFileBytes) {
      errors.push(`Die Datei „${file.filename}“ ist zu groß. Sie darf höchstens ${formatFileSize(rules.maxFileBytes)} groß sein.`);
    } else if (accepted.length >= rules.remaining) {
      errors.push(
        rules.remaining <= 0
          ? `Sie können hier keine weiteren Dateien hochladen. Die Datei „${file.filename}“ wurde nicht übernommen.`
          : `Sie können hier nur noch ${rules.remaining === 1 ? 'eine Datei' : `${rules.remaining} Dateien`} hochladen. Die Datei „${file.filename}“ wurde nicht übernommen.`,
      );
    } else {
      accepted.push(file);
    }
  }
  return { accepted, errors };
}
