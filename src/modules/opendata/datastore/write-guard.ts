import type { Executor } from '../../../kernel/db';
import { errors } from '../../../kernel/http';
import { findResourceFile } from './repository';

/**
 * Writes through the API go to a resource that exists; one whose table is loaded from its file
 * (an upload) only with `force`, as in CKAN: the next load of the file would replace what was pushed.
 * Answers the problem for the `force` field, or null.
 */
export async function checkWritable(db: Executor, resourceId: string, force: boolean): Promise<string | null> {
  const resource = await findResourceFile(db, resourceId);
  if (!resource) throw errors.notFound('Die Ressource');
  if (resource.fileKey && !force) return 'Diese Tabelle wird aus der Datei der Ressource geladen. Setzen Sie force=true, um sie trotzdem zu ändern.';
  return null;
}
