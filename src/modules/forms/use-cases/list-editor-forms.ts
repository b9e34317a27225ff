import type { Actor } from '../../../kernel/auth';
import type { ModuleDeps } from '../../../kernel/module';
import { listForms, type FormListEntry } from '../repository';
import { requireEditor } from './require-editor';

/** Every form with its newest version, for the editor's list; editors only. */
export async function listEditorForms(actor: Actor, _input: Record<string, never>, { db }: Pick<ModuleDeps, 'db'>): Promise<FormListEntry[]> {
  requireEditor(actor);
  return listForms(db);
}
