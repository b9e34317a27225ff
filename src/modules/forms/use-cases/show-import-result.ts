import { loadAuthorized, type Actor } from '../../../kernel/auth';
import { errors, isUuid } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import type { FormDefinition } from '../definition';
import { mayEditForms } from '../policies';
import { findFormVersion } from '../repository';
import { requireEditor } from './require-editor';

export interface ImportSummary {
  formKey: string;
  version: number;
  definition: FormDefinition;
  report: string[];
}

/** What a FIM import produced and what is left to complete; editors only, anything but a FIM version is 404. */
export async function showImportResult(actor: Actor, input: { id: string }, { db }: Pick<ModuleDeps, 'db'>): Promise<ImportSummary> {
  requireEditor(actor);
  if (!isUuid(input.id)) throw errors.notFound('Das Importergebnis');
  const version = await loadAuthorized(actor, () => findFormVersion(db, input.id), mayEditForms, 'Das Importergebnis');
  if (version.source !== 'fim') throw errors.notFound('Das Importergebnis');
  return { formKey: version.formKey, version: version.version, definition: version.definition, report: version.importReport ?? [] };
}
