import type { FastifyInstance, FastifyRequest } from 'fastify';
import { errors } from '../../kernel/http';
import type { ModuleDeps } from '../../kernel/module';
import { WORKSPACE_CRUMB, type Crumb } from '../../kernel/views';
import { readEditBody } from './edit-form-body';
import { EDITOR_PATHS } from './paths';
import { FORM_KEY } from './schemas';
import { createDraft } from './use-cases/create-draft';
import { editDraft } from './use-cases/edit-draft';
import { listEditorForms } from './use-cases/list-editor-forms';
import { openDraft } from './use-cases/open-draft';
import { previewDraftPage } from './use-cases/preview-draft-page';
import { publishDraft } from './use-cases/publish-draft';
import { reviewPublication } from './use-cases/review-publication';
import { showFormVersions } from './use-cases/show-form-versions';
import { showVersion } from './use-cases/show-version';
import { DraftEditorPage } from './views/editor/draft-editor';
import { FormListPage } from './views/editor/form-list';
import { FormOverviewPage } from './views/editor/form-overview';
import { PreviewPage } from './views/editor/preview';
import { PublishConfirmPage } from './views/editor/publish-confirm';
import { VersionPage } from './views/editor/version-view';

const LIST_CRUMBS: Crumb[] = [WORKSPACE_CRUMB, { href: EDITOR_PATHS.list, label: 'Formulare' }];
const formCrumbs = (formKey: string, title: string): Crumb[] => [...LIST_CRUMBS, { href: EDITOR_PATHS.form(formKey), label: title }];

function formKeyOf(request: FastifyRequest): string {
  const { key } = request.params as { key: string };
  if (!FORM_KEY.test(key)) throw errors.notFound('Das Formular');
  return key;
}

/** The form editor in the back office (`forms.edit`): list, versions, draft, preview, publishing. */
export function registerEditorRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get(EDITOR_PATHS.list, async (request, reply) => {
    const forms = await listEditorForms(request.user, {}, deps);
    return reply.page({ title: 'Formulare', breadcrumbs: LIST_CRUMBS.slice(0, 1), workspace: true, body: <FormListPage forms={forms} /> });
  });

  app.get(EDITOR_PATHS.form(':key'), async (request, reply) => {
    const formKey = formKeyOf(request);
    const { title, versions } = await showFormVersions(request.user, { formKey }, deps);
    return reply.page({ title, breadcrumbs: LIST_CRUMBS, workspace: true, body: <FormOverviewPage formKey={formKey} title={title} versions={versions} /> });
  });

  app.post(EDITOR_PATHS.form(':key'), async (request, reply) => {
    const draft = await createDraft(request.user, { formKey: formKeyOf(request), ip: request.ip }, deps);
    reply.flash(`Version ${draft.version} ist als Entwurf angelegt.`);
    return reply.redirect(EDITOR_PATHS.draft(draft.formKey), 303);
  });

  app.get(EDITOR_PATHS.draft(':key'), async (request, reply) => {
    const draft = await openDraft(request.user, { formKey: formKeyOf(request) }, deps);
    return reply.page({
      title: `Entwurf bearbeiten: ${draft.definition.title}`,
      breadcrumbs: formCrumbs(draft.formKey, draft.definition.title),
      workspace: true,
      body: <DraftEditorPage draft={draft} />,
    });
  });

  app.post(EDITOR_PATHS.draft(':key'), async (request, reply) => {
    const formKey = formKeyOf(request);
    const read = readEditBody((request.body ?? {}) as Record<string, unknown>);
    if (!read) throw errors.validation({ form: 'Das Formular wurde unvollständig gesendet. Laden Sie die Seite neu.' });
    if (!read.ok) {
      const draft = await openDraft(request.user, { formKey }, deps);
      return reply.page({
        title: `Entwurf bearbeiten: ${draft.definition.title}`,
        breadcrumbs: formCrumbs(formKey, draft.definition.title),
        workspace: true,
        hasErrors: true,
        body: <DraftEditorPage draft={draft} errors={read.errors} values={read.values} />,
      });
    }
    await editDraft(request.user, { formKey, edit: read.edit, ip: request.ip }, deps);
    reply.flash('Die Änderung ist im Entwurf gespeichert.');
    return reply.redirect(`${EDITOR_PATHS.draft(formKey)}#${read.anchor}`, 303);
  });

  const preview = async (request: FastifyRequest, pageId: string | undefined) => {
    const { draft, page } = await previewDraftPage(request.user, { formKey: formKeyOf(request), pageId }, deps);
    return {
      title: `Vorschau: ${page.title}`,
      breadcrumbs: formCrumbs(draft.formKey, draft.definition.title),
      workspace: true,
      body: <PreviewPage formKey={draft.formKey} definition={draft.definition} page={page} />,
    };
  };
  app.get(EDITOR_PATHS.preview(':key'), async (request, reply) => reply.page(await preview(request, undefined)));
  app.get(EDITOR_PATHS.preview(':key', ':pageId'), async (request, reply) => reply.page(await preview(request, (request.params as { pageId: string }).pageId)));

  app.get(EDITOR_PATHS.publish(':key'), async (request, reply) => {
    const { draft, publishedVersion, problems } = await reviewPublication(request.user, { formKey: formKeyOf(request) }, deps);
    return reply.page({
      title: `Version ${draft.version} veröffentlichen`,
      breadcrumbs: formCrumbs(draft.formKey, draft.definition.title),
      workspace: true,
      body: <PublishConfirmPage draft={draft} publishedVersion={publishedVersion} problems={problems} />,
    });
  });

  app.post(EDITOR_PATHS.publish(':key'), async (request, reply) => {
    const formKey = formKeyOf(request);
    const result = await publishDraft(request.user, { formKey, ip: request.ip }, deps);
    if (!result.ok) {
      const draft = await openDraft(request.user, { formKey }, deps);
      return reply.page({
        title: `Version ${draft.version} veröffentlichen`,
        breadcrumbs: formCrumbs(formKey, draft.definition.title),
        workspace: true,
        status: 400,
        body: <PublishConfirmPage draft={draft} publishedVersion={null} problems={result.problems} />,
      });
    }
    reply.flash(`Version ${result.version.version} ist veröffentlicht.`);
    return reply.redirect(EDITOR_PATHS.form(formKey), 303);
  });

  app.get(`${EDITOR_PATHS.form(':key')}/versionen/:version`, async (request, reply) => {
    const formKey = formKeyOf(request);
    const version = await showVersion(request.user, { formKey, number: (request.params as { version: string }).version }, deps);
    return reply.page({
      title: `${version.definition.title}, Version ${version.version}`,
      breadcrumbs: formCrumbs(formKey, version.definition.title),
      workspace: true,
      body: <VersionPage version={version} />,
    });
  });
}
