import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parseForm, type FieldErrors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { DATASET_CRUMBS, ipOf, stateActionOf, type WithAction, type WithId } from './page-support';
import { PUBLISHING_PATHS } from './paths';
import { datasetFormValues, submittedValues, type FormValues } from './presenters';
import { datasetCandidate, datasetFormSchema, movedDatasetSchema, newDatasetSchema, parseDatasetFilters, revisionSchema } from './schemas';
import { changeDatasetState } from './use-cases/change-dataset-state';
import { listEditableOrganizations } from './use-cases/list-editable-organizations';
import { listStaffDatasets } from './use-cases/list-staff-datasets';
import { openDataset } from './use-cases/open-dataset';
import { showHistory } from './use-cases/show-history';
import { startDataset } from './use-cases/start-dataset';
import { updateDataset } from './use-cases/update-dataset';
import { ConfirmStatePage, DatasetPage, NewDatasetPage } from './views/dataset-pages';
import { DatasetListPage } from './views/dataset-list';
import { HistoryPage } from './views/history';

function errorsOf(...results: Array<{ ok: true } | { ok: false; errors: FieldErrors }>): FieldErrors | undefined {
  const failed = results.filter((result): result is { ok: false; errors: FieldErrors } => !result.ok);
  return failed.length ? Object.assign({}, ...failed.map((result) => result.errors)) : undefined;
}

async function renderNew(request: FastifyRequest, reply: FastifyReply, deps: ModuleDeps, values: FormValues = {}, errors?: FieldErrors) {
  const organizations = await listEditableOrganizations(request.user, deps);
  return reply.page({
    title: 'Datensatz anlegen',
    body: <NewDatasetPage organizations={organizations} values={values} errors={errors} />,
    breadcrumbs: DATASET_CRUMBS,
    hasErrors: errors !== undefined,
    workspace: true,
  });
}

async function renderDataset(request: FastifyRequest<WithId>, reply: FastifyReply, deps: ModuleDeps, form: { values?: FormValues; errors?: FieldErrors } = {}) {
  // Showing the form again after a refused change is part of the change: a harvested dataset refuses it.
  const opened = await openDataset(request.user, { id: request.params.id, change: form.errors !== undefined }, deps);
  return reply.page({
    title: opened.dataset.title,
    body: <DatasetPage {...opened} values={form.values ?? datasetFormValues(opened.dataset)} errors={form.errors} />,
    breadcrumbs: DATASET_CRUMBS,
    hasErrors: form.errors !== undefined,
    workspace: true,
  });
}

/** "Datensätze": the list, creating, the dataset's page with its metadata form, state changes behind confirmation pages, the history. */
export function datasetRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get(PUBLISHING_PATHS.datasets, async (request, reply) => {
    const list = await listStaffDatasets(request.user, parseDatasetFilters(request.query as Record<string, unknown>), deps);
    return reply.page({ title: 'Datensätze', body: <DatasetListPage {...list} />, breadcrumbs: DATASET_CRUMBS.slice(0, 1), workspace: true });
  });

  app.get(PUBLISHING_PATHS.newDataset, (request, reply) => renderNew(request, reply, deps));

  app.post(PUBLISHING_PATHS.newDataset, async (request, reply) => {
    const target = parseForm(newDatasetSchema, request.body);
    const fields = parseForm(datasetFormSchema, request.body);
    const invalid = errorsOf(target, fields);
    if (invalid || !target.ok) return renderNew(request, reply, deps, submittedValues(request.body), invalid);
    const outcome = await startDataset(
      request.user,
      { organizationId: target.data.organizationId, fields: datasetCandidate(request.body), ...ipOf(request) },
      deps,
    );
    if (!outcome.ok) return renderNew(request, reply, deps, submittedValues(request.body), outcome.errors);
    reply.flash('Der Entwurf ist gespeichert. Fügen Sie jetzt Dateien oder Links hinzu.');
    return reply.redirect(PUBLISHING_PATHS.dataset(outcome.dataset.id), 303);
  });

  app.get<WithId>(PUBLISHING_PATHS.dataset(':id'), (request, reply) => renderDataset(request, reply, deps));

  app.post<WithId>(PUBLISHING_PATHS.dataset(':id'), async (request, reply) => {
    const values = submittedValues(request.body);
    const revision = parseForm(revisionSchema, request.body);
    const moved = parseForm(movedDatasetSchema, request.body);
    const invalid = errorsOf(revision, moved, parseForm(datasetFormSchema, request.body));
    if (invalid || !revision.ok || !moved.ok) return renderDataset(request, reply, deps, { values, errors: invalid });
    const { organizationId } = moved.data;
    const outcome = await updateDataset(
      request.user,
      {
        id: request.params.id,
        revision: revision.data.revision,
        fields: datasetCandidate(request.body),
        ...(organizationId ? { organizationId } : {}),
        ...ipOf(request),
      },
      deps,
    );
    if (!outcome.ok) return renderDataset(request, reply, deps, { values, errors: outcome.errors });
    reply.flash('Die Änderungen sind gespeichert.');
    return reply.redirect(PUBLISHING_PATHS.dataset(request.params.id), 303);
  });

  app.get<WithId>(PUBLISHING_PATHS.history(':id'), async (request, reply) => {
    const history = await showHistory(request.user, { id: request.params.id }, deps);
    return reply.page({ title: `Verlauf: ${history.dataset.title}`, body: <HistoryPage {...history} />, breadcrumbs: DATASET_CRUMBS, workspace: true });
  });

  app.get<WithAction>(PUBLISHING_PATHS.datasetState(':id', ':action'), async (request, reply) => {
    const { slug, action } = stateActionOf(request.params.action);
    const { dataset } = await openDataset(request.user, { id: request.params.id, change: true }, deps);
    return reply.page({
      title: dataset.title,
      body: <ConfirmStatePage dataset={dataset} action={action} slug={slug} />,
      breadcrumbs: DATASET_CRUMBS,
      workspace: true,
    });
  });

  app.post<WithAction>(PUBLISHING_PATHS.datasetState(':id', ':action'), async (request, reply) => {
    const { action } = stateActionOf(request.params.action);
    const { flash } = await changeDatasetState(request.user, { id: request.params.id, action, ...ipOf(request) }, deps);
    reply.flash(flash);
    return reply.redirect(PUBLISHING_PATHS.dataset(request.params.id), 303);
  });
}
