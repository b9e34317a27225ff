import type { FastifyInstance } from 'fastify';
import { readMultipartForm, uploadBytes } from '../../../kernel/files';
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
/** The XML files are parsed whole in memory: this route takes small files only. */
const FIM_UPLOAD_LIMITS = { maxFileBytes: 5 * 1024 * 1024 };

/** Back office: upload an XDatenfelder schema (and its code lists), get a draft and the list of what to complete. */
export function registerFimImportRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get(EDITOR_PATHS.fimImport, async (request, reply) => {
    requireEditor(request.user);
    return reply.page({ title: TITLE, breadcrumbs: CRUMBS, workspace: true, body: <FimImportForm /> });
  });

  app.post(EDITOR_PATHS.fimImport, { config: { uploadLimits: FIM_UPLOAD_LIMITS } }, async (request, reply) => {
    const form = await readMultipartForm(request);
    // Small XML files (FIM_UPLOAD_LIMITS): read back from the file store to be parsed.
    const files = await Promise.all(form.files.map(async (file) => ({ ...file, bytes: await uploadBytes(request, file) })));
    const outcome = await importFimSchema(request.user, { form: { ...form, files }, ip: request.ip }, deps);
    if (!outcome.ok) {
      return reply.page({
        title: TITLE,
        breadcrumbs: CRUMBS,
        hasErrors: true,
        workspace: true,
        body: <FimImportForm errors={outcome.errors} formKey={submittedFormKey(form)} />,
      });
    }
    return reply.redirect(resultPath(outcome.version.id), 303);
  });

  app.get<{ Params: { id: string } }>(resultPath(':id'), async (request, reply) => {
    const summary = await showImportResult(request.user, { id: request.params.id }, deps);
    return reply.page({ title: 'Ergebnis des FIM-Imports', breadcrumbs: CRUMBS, workspace: true, body: <FimImportResultPage summary={summary} /> });
  });
}
