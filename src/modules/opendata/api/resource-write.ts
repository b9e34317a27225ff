import { z } from 'zod';
import { rejectionMessage } from '../../../kernel/files';
import { parseForm } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import type { CkanContext } from '../ckan/action-route';
import { ckanErrors } from '../ckan/envelope';
import { given } from '../ckan/validators';
import { linkSchema, resourceEditSchema } from '../publishing/schemas';
import { addResourceLink } from '../publishing/use-cases/add-resource-link';
import { addResourceUpload } from '../publishing/use-cases/add-resource-upload';
import { removeResource } from '../publishing/use-cases/remove-resource';
import { replaceResourceFile } from '../publishing/use-cases/replace-resource-file';
import { updateResource } from '../publishing/use-cases/update-resource';
import { resourceDict } from './package-dict';
import { formatFrom, licenseOf, type PackageData } from './package-input';
import { resourceWithDataset } from './packages';
import type { CkanPerson } from './read-actions';
import { editableDataset, requireEditable, requireKeys, requireWriter, validationError } from './write-access';

type Deps = Pick<ModuleDeps, 'db' | 'files' | 'config' | 'modules'>;
type Call = CkanContext<CkanPerson>;

/** A link keeps the format its sender names, as CKAN does (WMS, an API); the back office's rules otherwise. */
const format = z.string().max(50, { error: 'Das Format darf höchstens 50 Zeichen lang sein.' });
const apiLinkSchema = linkSchema.extend({ format });
const apiEditSchema = resourceEditSchema.extend({ format });

const textOf = (value: unknown) => (typeof value === 'string' ? value : undefined);

async function answer(deps: Deps, resourceId: string) {
  const row = (await resourceWithDataset(deps.db, resourceId))!;
  return resourceDict(deps.config.baseUrl, row.dataset, row.resource);
}

/** A resource of a dataset the caller may change (404 when they may not see it, 403 when they may only read it). */
async function editableResource(data: PackageData, person: CkanPerson, deps: Deps) {
  requireKeys(data, ['id']);
  const row = await resourceWithDataset(deps.db, String(data.id));
  if (!row) throw ckanErrors.notFound();
  await requireEditable(deps, person, row.dataset);
  return row;
}

/**
 * resource_create: `package_id` and either a multipart file `upload` (streamed into the file store,
 * held to the organisation's upload limit, format from its bytes and name; a table is queued for the
 * DataStore) or a `url`.
 */
export async function resourceCreate(data: PackageData, call: Call, deps: Deps) {
  const { actor, person } = requireWriter(call.person);
  requireKeys(data, ['package_id']);
  const dataset = await editableDataset(deps, person, String(data.package_id));
  const rejected = call.upload.rejected[0];
  if (rejected) throw ckanErrors.validation({ upload: [rejectionMessage(rejected)] });
  const file = call.upload.files.find((upload) => upload.fieldName === 'upload');
  if (file) {
    const format = given(data.format) ? formatFrom(data.format, null).format : '';
    const outcome = await addResourceUpload(
      actor,
      { id: dataset.id, file, name: textOf(data.name), description: textOf(data.description) ?? '', format, ip: call.request.ip },
      deps,
    );
    if (!outcome.ok) throw validationError(outcome.errors);
    return answer(deps, outcome.resourceId);
  }
  if (!given(data.url)) throw ckanErrors.validation({ url: ['Missing value'] });
  const url = String(data.url).trim();
  const parsed = parseForm(apiLinkSchema, {
    name: textOf(data.name) || url.split('/').filter(Boolean).pop(),
    description: textOf(data.description),
    url,
    format: formatFrom(data.format, url).format,
    licenseId: licenseOf(data.license_id ?? data.license) ?? undefined,
  });
  if (!parsed.ok) throw validationError(parsed.errors);
  const { resourceId } = await addResourceLink(actor, { id: dataset.id, ...parsed.data, ip: call.request.ip }, deps);
  return answer(deps, resourceId);
}

/**
 * resource_update: the given keys replace the resource's (the others stay); a multipart `upload`
 * gives it a new file, checked as a new upload (a link becomes an upload); an upload's address stays the portal's.
 */
export async function resourceUpdate(data: PackageData, call: Call, deps: Deps) {
  const { actor, person } = requireWriter(call.person);
  let { dataset, resource } = await editableResource(data, person, deps);
  const rejected = call.upload.rejected[0];
  if (rejected) throw ckanErrors.validation({ upload: [rejectionMessage(rejected)] });
  const file = call.upload.files.find((upload) => upload.fieldName === 'upload');
  if (file) {
    const format = given(data.format) ? formatFrom(data.format, null).format : '';
    const outcome = await replaceResourceFile(actor, { id: dataset.id, resourceId: resource.id, file, format, ip: call.request.ip }, deps);
    if (!outcome.ok) throw validationError(outcome.errors);
    ({ dataset, resource } = (await resourceWithDataset(deps.db, resource.id))!);
    if (![data.name, data.description, data.license_id, data.license].some(given)) return answer(deps, resource.id);
  }
  const parsed = parseForm(apiEditSchema, {
    name: textOf(data.name) ?? resource.name,
    description: textOf(data.description) ?? resource.description,
    format: given(data.format) && !file ? formatFrom(data.format, null).format : resource.format,
    licenseId: given(data.license_id ?? data.license) ? licenseOf(data.license_id ?? data.license) : (resource.licenseId ?? undefined),
    url: resource.fileKey ? '' : (textOf(data.url) ?? resource.url ?? ''),
  });
  if (!parsed.ok) throw validationError(parsed.errors);
  const { url, ...fields } = parsed.data;
  await updateResource(actor, { id: dataset.id, resourceId: resource.id, ...fields, ...(url ? { url } : {}), ip: call.request.ip }, deps);
  return answer(deps, resource.id);
}

/** resource_delete: the resource goes (an uploaded file with it); answers null, as CKAN. */
export async function resourceDelete(data: PackageData, call: Call, deps: Deps): Promise<null> {
  const { actor, person } = requireWriter(call.person);
  const { dataset, resource } = await editableResource(data, person, deps);
  await removeResource(actor, { id: dataset.id, resourceId: resource.id, ip: call.request.ip }, deps);
  return null;
}
