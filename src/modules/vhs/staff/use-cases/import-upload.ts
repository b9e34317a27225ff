import { requireSection, type Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { mayManageVhs } from '../../policies';
import { importProgramme, type ImportSummary } from '../../programme/use-cases/import-programme';

export type UploadOutcome = { ok: true; summary: ImportSummary } | { ok: false; message: string; problems: string[] };

/** The upload form: for staff with vhs.manage only (404 for other staff, as for the whole section). */
export function showImportForm(actor: Actor): void {
  requireSection(actor, mayManageVhs);
}

/** The staff upload of a programme file: the same import as `vhs:import`, the file read as UTF-8. */
export async function importProgrammeUpload(
  actor: Actor,
  input: { file: { filename: string; bytes: Buffer } | undefined; rejection?: string | undefined; ip: string },
  deps: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<UploadOutcome> {
  requireSection(actor, mayManageVhs);
  if (input.rejection) return { ok: false, message: input.rejection, problems: [] };
  if (!input.file) return { ok: false, message: 'Wählen Sie eine Programmdatei aus (CSV oder JSON).', problems: [] };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(input.file.bytes);
  } catch {
    return { ok: false, message: 'Die Datei ist nicht in UTF-8 gespeichert. Speichern Sie sie als „CSV UTF-8“ und laden Sie sie erneut hoch.', problems: [] };
  }
  const result = await importProgramme(actor, { fileName: input.file.filename, text, ip: input.ip }, deps);
  if (result.ok) return result;
  const count = result.problems.length;
  return { ok: false, message: `Die Datei enthält ${count === 1 ? 'einen Fehler' : `${count} Fehler`}; nichts wurde gespeichert.`, problems: result.problems };
}
