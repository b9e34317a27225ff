import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { readMultipartForm, rejectionMessage } from '../../../kernel/files';
import { errors, parseForm, type FieldErrors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { DATASET_CRUMBS, ipOf, type WithId, type WithResource } from './page-support';
import { PUBLISHING_PATHS } from './paths';
import { submittedValues, type FormValues } from './presenters';
import { linkSchema, moveSchema, resourceEditSchema, uploadSchema } from './schemas';
import { MAX_UPLOAD_BYTES } from './upload-limit';
import { addResourceLink } from './use-cases/add-resource-link';
import { addResourceUpload } from './use-cases/add-resource-upload';
import { moveResource } from './use-cases/move-resource';
import { openDataset } from './use-cases/open-dataset';
import { openResource } from './use-cases/open-resource';
import { removeResource } from './use-cases/remove-resource';
import { showResource } from './use-cases/show-resource';
import { updateResource } from './use-cases/update-resource';
import { ConfirmRemoveResourcePage, EditResourcePage, LinkPage, UploadPage } from './views/resource-forms';

type Form = { values?: FormValues; errors?: FieldErrors | undefined };

async function renderUpload(request: FastifyRequest<WithId>, reply: FastifyReply, deps: ModuleDeps, form: Form = {}) {
  const { dataset, organization } = await openDataset(request.user, { id: request.params.id, change: true }, deps);
  return reply.page({
    title: 'Datei hochladen',
    body: <UploadPage dataset={dataset} limitBytes={organization.uploadLimitBytes} values={form.values ?? {}} errors={form.errors} />,
    breadcrumbs: DATASET_CRUMBS,
    hasErrors: form.errors !== undefined,
    workspace: true,
  });
}

async function renderLink(request: FastifyRequest<WithId>, reply: FastifyReply, deps: ModuleDeps, form: Form = {}) {
  const { dataset } = await openDataset(request.user, { id: request.params.id, change: true }, deps);
  return reply.page({
    title: 'Link hinzufügen',
    body: <LinkPage dataset={dataset} values={form.values ?? {}} errors={form.errors} />,
    breadcrumbs: DATASET_CRUMBS,
    hasErrors: form.errors !== undefined,
    workspace: true,
  });
}

/** The distribution's page; `columnForm` is "Spalten der Tabelle" sent back with its errors (datastore-routes.tsx). */
export async function renderEdit(request: FastifyRequest<WithResource>, reply: FastifyReply, deps: ModuleDeps, form: Form = {}, columnForm: Form = {}) {
  const { dataset, resource, datastore } = await showResource(request.user, request.params, deps);
  const values = form.values ?? {
    name: resource.name,
    description: resource.description,
    format: resource.format,
    licenseId: resource.licenseId ?? '',
    url: resource.url ?? '',
  };
  return reply.page({
    title: resource.name,
    body: <EditResourcePage dataset={dataset} resource={resource} values={values} errors={form.errors} datastore={datastore} columnForm={columnForm} />,
    breadcrumbs: DATASET_CRUMBS,
    hasErrors: form.errors !== undefined || columnForm.errors !== undefined,
    workspace: true,
  });
}

function backToDataset(reply: FastifyReply, id: string, flash: string) {
  reply.flash(flash);
  return reply.redirect(PUBLISHING_PATHS.dataset(id), 303);
}

/** A dataset's distributions: upload (streamed into the file store), link, edit, order, remove behind a confirmation page. */
export function resourceRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get<WithId>(PUBLISHING_PATHS.newUpload(':id'), (request, reply) => renderUpload(request, reply, deps));

  app.post<WithId>(PUBLISHING_PATHS.newUpload(':id'), { config: { uploadLimits: { maxFileBytes: MAX_UPLOAD_BYTES, maxFiles: 1 } } }, async (request, reply) => {
    const form = await readMultipartForm(request);
    const values = submittedValues(form.fields);
    const rejected = form.rejected[0];
    const parsed = parseForm(uploadSchema, form.fields);
    if (rejected || !parsed.ok) {
      const fieldErrors = { ...(parsed.ok ? {} : parsed.errors), ...(rejected ? { file: rejectionMessage(rejected) } : {}) };
      return renderUpload(request, reply, deps, { values, errors: fieldErrors });
    }
    const file = form.files.find((upload) => upload.fieldName === 'file');
    const outcome = await addResourceUpload(request.user, { id: request.params.id, file, ...parsed.data, ...ipOf(request) }, deps);
    if (!outcome.ok) return renderUpload(request, reply, deps, { values, errors: outcome.errors });
    return backToDataset(reply, request.params.id, 'Die Datei ist hochgeladen.');
  });

  app.get<WithId>(PUBLISHING_PATHS.newLink(':id'), (request, reply) => renderLink(request, reply, deps));

  app.post<WithId>(PUBLISHING_PATHS.newLink(':id'), async (request, reply) => {
    const parsed = parseForm(linkSchema, request.body);
    if (!parsed.ok) return renderLink(request, reply, deps, { values: submittedValues(request.body), errors: parsed.errors });
    await addResourceLink(request.user, { id: request.params.id, ...parsed.data, ...ipOf(request) }, deps);
    return backToDataset(reply, request.params.id, 'Der Link ist hinzugefügt.');
  });

  app.get<WithResource>(PUBLISHING_PATHS.resource(':id', ':resourceId'), (request, reply) => renderEdit(request, reply, deps));

  app.post<WithResource>(PUBLISHING_PATHS.resource(':id', ':resourceId'), async (request, reply) => {
    const parsed = parseForm(resourceEditSchema, request.body);
    if (!parsed.ok) return renderEdit(request, reply, deps, { values: submittedValues(request.body), errors: parsed.errors });
    await updateResource(request.user, { ...request.params, ...parsed.data, ...ipOf(request) }, deps);
    return backToDataset(reply, request.params.id, 'Die Änderungen sind gespeichert.');
  });

  app.post<WithResource>(PUBLISHING_PATHS.moveResource(':id', ':resourceId'), async (request, reply) => {
    const parsed = parseForm(moveSchema, request.body);
    // The buttons send the direction; a request without one is not from the page.
    if (!parsed.ok) throw errors.validation(parsed.errors);
    await moveResource(request.user, { ...request.params, ...parsed.data, ...ipOf(request) }, deps);
    return reply.redirect(PUBLISHING_PATHS.dataset(request.params.id), 303);
  });

  app.get<WithResource>(PUBLISHING_PATHS.removeResource(':id', ':resourceId'), async (request, reply) => {
    const opened = await openResource(request.user, request.params, deps);
    return reply.page({
      title: `${opened.resource.name} entfernen?`,
      body: <ConfirmRemoveResourcePage {...opened} />,
      breadcrumbs: DATASET_CRUMBS,
      workspace: true,
    });
  });

  app.post<WithResource>(PUBLISHING_PATHS.removeResource(':id', ':resourceId'), async (request, reply) => {
    const { name } = await removeResource(request.user, { ...request.params, ...ipOf(request) }, deps);
    return backToDataset(reply, request.params.id, `„${name}“ ist entfernt.`);
  });
}
