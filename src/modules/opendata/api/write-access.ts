import type { CurrentUser } from '../../../kernel/auth';
import type { FieldErrors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { ckanErrors, type CkanError } from '../ckan/envelope';
import { mayEditDataset, mayOpenPublishing, mayReadDataset } from '../policies';
import { findDatasetById } from '../repository/datasets';
import { findMaintainer } from '../publishing/maintainer';
import { readOnlyNote } from '../publishing/presenters';
import type { Dataset } from '../tables';
import { NAME_TAKEN } from '../use-cases/create-dataset';
import { CKAN_KEYS } from './package-input';
import { datasetIdOf } from './packages';
import type { CkanPerson } from './read-actions';

/**
 * The first check of every write action, as CKAN's: a key of a person who publishes (staff with
 * `opendata.publish`), with write scope. Without a key, with a read-only one or for someone who no
 * longer publishes: Authorization Error (403). The use cases then check the organisation again.
 */
export function requireWriter(person: CkanPerson | null): { actor: CurrentUser; person: CkanPerson } {
  const actor = person?.access.user;
  if (!person || !actor) throw ckanErrors.notAuthorized('Schreibende Aktionen brauchen einen API-Schlüssel (Authorization-Header).');
  if (person.scope !== 'write') throw ckanErrors.notAuthorized('Dieser API-Schlüssel darf nur lesen.');
  if (!mayOpenPublishing(actor)) throw ckanErrors.notAuthorized('Ihr Konto darf keine offenen Daten veröffentlichen.');
  return { actor, person };
}

/**
 * A dataset the caller may change. One they may not even see (a draft of another organisation, a
 * missing one) is Not Found (404), as everywhere in the portal; one they see but may not change is
 * CKAN's Authorization Error (403). A dataset maintained elsewhere (`maintainedElsewhere`: a harvest
 * source, a module of the portal) would be overwritten there: 403 too, with the back office's note
 * saying where it changes.
 */
export async function requireEditable(deps: Pick<ModuleDeps, 'db' | 'modules'>, person: CkanPerson, dataset: Dataset | undefined): Promise<Dataset> {
  if (!dataset || !mayReadDataset(person.access, dataset)) throw ckanErrors.notFound();
  if (!mayEditDataset(person.access, dataset)) throw ckanErrors.notAuthorized('Sie dürfen diesen Datensatz nicht ändern.');
  const maintainer = await findMaintainer(deps, dataset);
  if (maintainer) throw ckanErrors.notAuthorized(readOnlyNote(maintainer));
  return dataset;
}

export async function editableDataset(deps: Pick<ModuleDeps, 'db' | 'modules'>, person: CkanPerson, idOrName: string): Promise<Dataset> {
  const id = await datasetIdOf(deps.db, idOrName);
  return requireEditable(deps, person, id ? await findDatasetById(deps.db, id) : undefined);
}

/** A use case's field errors as CKAN's Validation Error, keyed as the client sent them; a taken name in CKAN's words. */
export function validationError(fields: FieldErrors): CkanError {
  return ckanErrors.validation(
    Object.fromEntries(
      Object.entries(fields).map(([field, message]) => [
        field === 'form' ? 'message' : (CKAN_KEYS[field] ?? field),
        [message === NAME_TAKEN ? 'That URL is already in use.' : message],
      ]),
    ),
  );
}

/** CKAN's "Missing value" for each required key the call left out. */
export function requireKeys(data: Record<string, unknown>, keys: readonly string[]): void {
  const missing = keys.filter((key) => typeof data[key] !== 'string' || data[key].trim() === '');
  if (missing.length > 0) throw ckanErrors.validation(Object.fromEntries(missing.map((key) => [key, ['Missing value']])));
}
