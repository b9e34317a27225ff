import type { CurrentUser } from '../../../kernel/auth';
import type { Executor } from '../../../kernel/db';
import type { FieldErrors } from '../../../kernel/http';
import { ckanErrors, type CkanError } from '../ckan/envelope';
import { isHarvested, mayEditDataset, mayOpenPublishing, mayReadDataset } from '../policies';
import { findDatasetById } from '../repository/datasets';
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
 * CKAN's Authorization Error (403). A harvested dataset is changed only by its harvest (the next run
 * would overwrite the change): 403 too, saying where to change it.
 */
export function requireEditable(person: CkanPerson, dataset: Dataset | undefined): Dataset {
  if (!dataset || !mayReadDataset(person.access, dataset)) throw ckanErrors.notFound();
  if (!mayEditDataset(person.access, dataset)) throw ckanErrors.notAuthorized('Sie dürfen diesen Datensatz nicht ändern.');
  if (isHarvested(dataset)) throw ckanErrors.notAuthorized('Dieser Datensatz wird aus einem anderen Portal übernommen; ändern Sie ihn dort.');
  return dataset;
}

export async function editableDataset(db: Executor, person: CkanPerson, idOrName: string): Promise<Dataset> {
  const id = await datasetIdOf(db, idOrName);
  return requireEditable(person, id ? await findDatasetById(db, id) : undefined);
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
