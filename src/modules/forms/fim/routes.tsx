import type { FastifyInstance } from 'fastify';
import { readMultipartForm, type MultipartLimits } from '../../../kernel/files';
import type { ModuleDeps } from '../../../kernel/module';
import { WORKSPACE_CRUMB, type Crumb } from '../../../kernel/views';
import { EDITOR_PATHS } from '../paths';
import { importFimSchema } from '../use-cases/import-fim-schema';
import { requireEditor } from '../use-cases/require-editor';
import { showImportResult } from '../use-cases/show-import-result';
import { submittedFormKey } from './upload-checks';
import { FimImportForm } from './views/import-form';
import { FimImportResult as FimImportResultPage } from './views/import-result';

const CRUMBS: Crumb[] = [WORKSPACE_CRUMB, { href: EDITOR_PATHS.list, label: 'Formulare' }];
const TITLE = 'FIM-Stammdatenschema importieren';
const resultPath = (versionId: string) => `${EDITOR_PATHS.fimImport}/ergebnis/${versionId}`;

/** Back office: upload an XDatenfelder schema (and its code lists), get a draft and the list of what to complete. */
export function registerFimImportRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const limits: MultipartLimits = { maxFileBytes: deps.config.uploads.maxBytes, maxFiles: deps.config.uploads.maxFiles };

  app.get(EDITOR_PATHS.fimImport, async (request, reply) => {
    requireEditor(request.user);
    return reply.page({ title: TITLE, breadcrumbs: CRUMBS, workspace: true, body: <FimImportForm /> });
  });

  app.post(EDITOR_PATHS.fimImport, async (request, reply) => {
    const form = await readMultipartForm(request, limits);
    const outcome = await importFimSchema(request.user, { form, ip: request.ip }, deps);
    if (!outcome.ok) {
      return reply.page({ title: TITLE, breadcrumbs: CRUMBS, hasErrors: true, workspace: true, body: <FimImportForm errors={outcome.errors} formKey={submittedFormKey(form)} /> });
    }
    return reply.redirect(resultPath(outcome.version.id), 303);
  });

  app.get<{ Params: { id: string } }>(resultPath(':id'), async (request, reply) => {
    const summary = await showImportResult(request.user, { id: request.params.id }, deps);
    return reply.page({ title: 'Ergebnis des FIM-Imports', breadcrumbs: CRUMBS, workspace: true, body: <FimImportResultPage summary={summary} /> });
  });
}
