import type { Actor } from '../../../kernel/auth';
import { errors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { findVersionByNumber, type FormVersion } from '../repository';
import { VERSION_NUMBER } from '../schemas';
import { requireEditor } from './require-editor';

/** One version of a form, read-only; editors only, a malformed or unknown number is 404. */
export async function showVersion(actor: Actor, input: { formKey: string; number: string }, { db }: Pick<ModuleDeps, 'db'>): Promise<FormVersion> {
  requireEditor(actor);
  const version = VERSION_NUMBER.test(input.number) ? await findVersionByNumber(db, input.formKey, Number(input.number)) : null;
  if (!version) throw errors.notFound('Die Version');
  return version;
}
