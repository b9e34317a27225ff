import type { ModuleDeps } from '../../../kernel/module';
import { ckanErrors } from '../ckan/envelope';
import { boolean, given, Invalid } from '../ckan/validators';
import { OPENDATA_PATHS } from '../paths';
import { mayEditDataset } from '../policies';
import { changeDatasetState } from '../publishing/use-cases/change-dataset-state';
import { updateDataset } from '../publishing/use-cases/update-dataset';
import { listResources } from '../repository/datasets';
import type { Dataset, Resource } from '../tables';
import { createDataset } from '../use-cases/create-dataset';
import { datasetFieldsOf, resourceOf, type PackageData, type ResourceInput } from './package-input';
import { organizationByIdOrName, packagesByIds } from './packages';
import type { CkanContext } from '../ckan/action-route';
import type { CkanPerson } from './read-actions';
import { editableDataset, requireKeys, requireWriter, validationError } from './write-access';

type Deps = Pick<ModuleDeps, 'db' | 'files' | 'config' | 'modules'>;
type Call = Pick<CkanContext<CkanPerson>, 'person' | 'request'>;
type Writer = ReturnType<typeof requireWriter>;

/** The dataset as package_show answers it: what package_create, package_update and package_patch answer too. */
async function packageOf(deps: Deps, id: string) {
  const [dict] = await packagesByIds(deps.db, deps.config.baseUrl, [id]);
  return dict ?? null;
}

/** `state`: active or draft; the current one again changes nothing (a deleted dataset patched stays deleted). */
function stateOf(data: PackageData, current?: Dataset): 'active' | 'draft' | undefined {
  if (!given(data.state) || data.state === current?.state) return undefined;
  if (data.state === 'active' || data.state === 'draft') return data.state;
  throw ckanErrors.validation({ state: ['Erlaubt sind „active“ und „draft“; gelöscht wird mit package_delete.'] });
}

/** A true/false key of the call (`private`; `return_id_only`, CKAN 2.9+: answer the id instead of the dict), false when absent. */
function flagOf(data: PackageData, key: 'private' | 'return_id_only'): boolean {
  try {
    return given(data[key]) ? boolean(data[key]) : false;
  } catch (error) {
    if (error instanceof Invalid) throw ckanErrors.validation({ [key]: [error.message] });
    throw error;
  }
}

/** What package_create, package_update and package_patch answer: the dict as package_show gives it, or only its id. */
async function answerOf(deps: Deps, id: string, idOnly: boolean) {
  return idOnly ? id : packageOf(deps, id);
}

/** The dict's `resources` (absent: the dataset's stay as they are, as in CKAN 2.10), refused together with what is wrong in each. */
function resourcesOf(data: PackageData, current: readonly Resource[], license: unknown): ResourceInput[] | undefined {
  if (data.resources === undefined) return undefined;
  if (!Array.isArray(data.resources)) throw ckanErrors.validation({ resources: ['Geben Sie die Ressourcen als Liste an.'] });
  const byId = new Map(current.map((resource) => [resource.id, resource]));
  const read = data.resources.map((item: unknown) =>
    typeof item === 'object' && item !== null ? resourceOf(item as PackageData, byId, typeof license === 'string' ? license : null) : 'Keine Ressource.',
  );
  const problems = read.flatMap((result, index) => (typeof result === 'string' ? [`Ressource ${index + 1}: ${result}`] : []));
  if (problems.length > 0) throw ckanErrors.validation({ resources: problems });
  return read as ResourceInput[];
}

const pageOf = (deps: Deps, name: string) => `${deps.config.baseUrl}${OPENDATA_PATHS.dataset(name)}`;

/** The `owner_org` (id or name) a call writes to: an unknown one is a Validation Error, one the caller may not edit in CKAN's Authorization Error. */
async function writableOrganization(deps: Deps, person: CkanPerson, ownerOrg: unknown, refusal: string) {
  const organization = await organizationByIdOrName(deps.db, String(ownerOrg));
  if (!organization) throw ckanErrors.validation({ owner_org: ['Organization does not exist'] });
  if (!mayEditDataset(person.access, { organizationId: organization.id })) throw ckanErrors.notAuthorized(refusal);
  return organization;
}

/** package_create: `name` and `owner_org` (id or name) required; the caller edits in that organisation. Created published unless `state` says draft. */
export async function packageCreate(data: PackageData, call: Call, deps: Deps) {
  const { actor, person } = requireWriter(call.person);
  requireKeys(data, ['name', 'owner_org']);
  const idOnly = flagOf(data, 'return_id_only');
  const organization = await writableOrganization(deps, person, data.owner_org, 'Sie dürfen in dieser Organisation keine Datensätze anlegen.');
  const fields: PackageData = { ...datasetFieldsOf(data, pageOf(deps, String(data.name))), private: flagOf(data, 'private'), state: stateOf(data) ?? 'active' };
  const resources = resourcesOf(data, [], fields.licenseId);
  const outcome = await createDataset(actor, { organizationId: organization.id, fields, ...(resources ? { resources } : {}), ip: call.request.ip }, deps);
  if (!outcome.ok) throw validationError(outcome.errors);
  return answerOf(deps, outcome.dataset.id, idOnly);
}

/**
 * package_update replaces the dataset with the dict (what package_show answered can be sent back
 * unchanged); resources with an id of the dataset are kept and changed, the others are added, the
 * missing ones removed. package_patch first fills the dict with the dataset as it is.
 */
async function revise(dataset: Dataset, data: PackageData, call: Call & Writer, deps: Deps) {
  const idOnly = flagOf(data, 'return_id_only');
  // Another owner_org moves the dataset, as CKAN allows it to whoever edits datasets in both organisations (the old one is checked already).
  const organizationId = given(data.owner_org)
    ? (await writableOrganization(deps, call.person, data.owner_org, 'Sie dürfen Datensätze nicht in diese Organisation verschieben.')).id
    : undefined;
  const fields: PackageData = { ...datasetFieldsOf(data, pageOf(deps, dataset.name)), private: flagOf(data, 'private') };
  const resources = resourcesOf(data, await listResources(deps.db, dataset.id), fields.licenseId);
  const state = stateOf(data, dataset);
  const outcome = await updateDataset(
    call.actor,
    {
      id: dataset.id,
      revision: dataset.revision,
      fields,
      ...(organizationId ? { organizationId } : {}),
      ...(state ? { state } : {}),
      ...(resources ? { resources } : {}),
      ip: call.request.ip,
    },
    deps,
  );
  if (!outcome.ok) throw validationError(outcome.errors);
  return answerOf(deps, dataset.id, idOnly);
}

/** The dataset a call names by `id` (or `name`), which the caller may change. */
async function named(data: PackageData, person: CkanPerson, deps: Deps) {
  const idOrName = given(data.id) ? data.id : data.name;
  if (!given(idOrName)) throw ckanErrors.validation({ id: ['Missing value'] });
  return editableDataset(deps, person, String(idOrName));
}

export async function packageUpdate(data: PackageData, call: Call, deps: Deps) {
  const { actor, person } = requireWriter(call.person);
  const dataset = await named(data, person, deps);
  return revise(dataset, { name: dataset.name, ...data }, { ...call, actor, person }, deps);
}

export async function packagePatch(data: PackageData, call: Call, deps: Deps) {
  const { actor, person } = requireWriter(call.person);
  const dataset = await named(data, person, deps);
  // Without `resources` in the call its distributions are not touched at all.
  const current: PackageData = { ...(await packageOf(deps, dataset.id)) };
  delete current.resources;
  return revise(dataset, { ...current, ...data }, { ...call, actor, person }, deps);
}

/** package_delete: CKAN's `deleted` state (kept for the history and for harvesters); answers null, as CKAN. */
export async function packageDelete(data: PackageData, call: Call, deps: Deps): Promise<null> {
  const { actor, person } = requireWriter(call.person);
  requireKeys(data, ['id']);
  const dataset = await editableDataset(deps, person, String(data.id));
  await changeDatasetState(actor, { id: dataset.id, action: 'delete', ip: call.request.ip }, deps);
  return null;
}
