import { z } from 'zod';
import type { ModuleDeps } from '../../../kernel/module';
import { ckanAction, type CkanActions, type CkanContext } from '../ckan/action-route';
import { packageCreate, packageDelete, packagePatch, packageUpdate } from './package-write';
import type { CkanPerson } from './read-actions';
import { resourceCreate, resourceDelete, resourceUpdate } from './resource-write';

/** A write action's data is a whole package or resource dict; the actions read its keys themselves (package-input.ts). */
const dict = z.record(z.string(), z.unknown());

/**
 * CKAN's write actions on the catalogue, POST only (a GET is CKAN's "Bad request"), for a person's API
 * key with write scope in the organisations where they are editor or admin (write-access.ts). They
 * call the back office's use cases, so both keep one set of rules, revisions and audit entries.
 */
const WRITES = {
  package_create: [packageCreate, 'Create a new dataset (package): name and owner_org required.'],
  package_update: [packageUpdate, 'Update a dataset: the dict replaces it; resources not given in a list are removed.'],
  package_patch: [packagePatch, 'Patch a dataset: only the given keys change.'],
  package_delete: [packageDelete, 'Delete a dataset (its state becomes deleted).'],
  resource_create: [resourceCreate, 'Add a resource: package_id and a url or a multipart file upload.'],
  resource_update: [resourceUpdate, 'Update a resource: the given keys change.'],
  resource_delete: [resourceDelete, 'Delete a resource.'],
} as const;

export function writeActions(deps: Pick<ModuleDeps, 'db' | 'files' | 'config' | 'modules'>): CkanActions<CkanPerson> {
  return Object.fromEntries(
    Object.entries(WRITES).map(([name, [run, help]]) => [name, ckanAction(false, dict, (data, call: CkanContext<CkanPerson>) => run(data, call, deps), help)]),
  );
}
