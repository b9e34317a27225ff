import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../../kernel/db';
import { errors } from '../../kernel/http';
import type { ModuleDeps } from '../../kernel/module';
import { WORKSPACE_CRUMB, type Crumb } from '../../kernel/views';
import { readEditBody } from './edit-form-body';
import { EDITOR_PATHS } from './paths';
import { findDraft, findPublishedForm, findVersionByNumber, listForms, listVersions, type FormVersion } from './repository';
import { FORM_KEY, VERSION_NUMBER } from './schemas';
import { definitionProblems } from './use-cases/check-definition';
import { createDraft } from './use-cases/create-draft';
import { editDraft } from './use-cases/edit-draft';
import { publishDraft } from './use-cases/publish-draft';
import { requireEditor } from './use-cases/require-editor';
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

async function draftOf(db: Database, formKey: string): Promise<FormVersion> {
  const draft = await findDraft(db, formKey);
  if (!draft) throw errors.notFound('Der Entwurf');
  return draft;
}

/** The form editor in the back office (`forms.edit`): list, versions, draft, preview, publishing. */
export function registerEditorRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  app.get(EDITOR_PATHS.list, async (request, reply) => {
    requireEditor(request.user);
    return reply.page({ title: 'Formulare', breadcrumbs: LIST_CRUMBS.slice(0, 1), workspace: true, body: <FormListPage forms={await listForms(db)} /> });
  });

  app.get(EDITOR_PATHS.form(':key'), async (request, reply) => {
    requireEditor(request.user);
    const formKey = formKeyOf(request);
    const versions = await listVersions(db, formKey);
    if (versions.length === 0) throw errors.notFound('Das Formular');
    const title = versions[0]!.title;
    return reply.page({ title, breadcrumbs: LIST_CRUMBS, workspace: true, body: <FormOverviewPage formKey={formKey} title={title} versions={versions} /> });
  });

  app.post(EDITOR_PATHS.form(':key'), async (request, reply) => {
    const draft = await createDraft(db, request.user, { formKey: formKeyOf(request), ip: request.ip });
    reply.flash(`Version ${draft.version} ist als Entwurf angelegt.`);
    return reply.redirect(EDITOR_PATHS.draft(draft.formKey), 303);
  });

  app.get(EDITOR_PATHS.draft(':key'), async (request, reply) => {
    requireEditor(request.user);
    const draft = await draftOf(db, formKeyOf(request));
    return reply.page({ title: `Entwurf bearbeiten: ${draft.definition.title}`, breadcrumbs: formCrumbs(draft.formKey, draft.definition.title), workspace: true, body: <DraftEditorPage draft={draft} /> });
  });

  app.post(EDITOR_PATHS.draft(':key'), async (request, reply) => {
    requireEditor(request.user);
    const formKey = formKeyOf(request);
    const read = readEditBody((request.body ?? {}) as Record<string, unknown>);
    if (!read) throw errors.validation({ form: 'Das Formular wurde unvollständig gesendet. Laden Sie die Seite neu.' });
    if (!read.ok) {
      const draft = await draftOf(db, formKey);
      return reply.page({
        title: `Entwurf bearbeiten: ${draft.definition.title}`,
        breadcrumbs: formCrumbs(formKey, draft.definition.title),
        workspace: true,
        hasErrors: true,
        body: <DraftEditorPage draft={draft} errors={read.errors} values={read.values} />,
      });
    }
    await editDraft(db, request.user, { formKey, edit: read.edit, ip: request.ip });
    reply.flash('Die Änderung ist im Entwurf gespeichert.');
    return reply.redirect(`${EDITOR_PATHS.draft(formKey)}#${read.anchor}`, 303);
  });

  const preview = async (request: FastifyRequest, pageId: string | undefined) => {
    requireEditor(request.user);
    const draft = await draftOf(db, formKeyOf(request));
    const page = pageId === undefined ? draft.definition.pages[0] : draft.definition.pages.find((candidate) => candidate.id === pageId);
    if (!page) throw errors.notFound('Die Seite');
    return { draft, page };
  };
  const renderPreview = ({ draft, page }: Awaited<ReturnType<typeof preview>>) => ({
    title: `Vorschau: ${page.title}`,
    breadcrumbs: formCrumbs(draft.formKey, draft.definition.title),
    workspace: true,
    body: <PreviewPage formKey={draft.formKey} definition={draft.definition} page={page} />,
  });
  app.get(EDITOR_PATHS.preview(':key'), async (request, reply) => reply.page(renderPreview(await preview(request, undefined))));
  app.get(EDITOR_PATHS.preview(':key', ':pageId'), async (request, reply) => reply.page(renderPreview(await preview(request, (request.params as { pageId: string }).pageId))));

  app.get(EDITOR_PATHS.publish(':key'), async (request, reply) => {
    requireEditor(request.user);
    const draft = await draftOf(db, formKeyOf(request));
    const published = await findPublishedForm(db, draft.formKey);
    return reply.page({
      title: `Version ${draft.version} veröffentlichen`,
      breadcrumbs: formCrumbs(draft.formKey, draft.definition.title),
      workspace: true,
      body: <PublishConfirmPage draft={draft} publishedVersion={published?.version ?? null} problems={definitionProblems(draft.definition)} />,
    });
  });

  app.post(EDITOR_PATHS.publish(':key'), async (request, reply) => {
    const formKey = formKeyOf(request);
    const result = await publishDraft(db, request.user, { formKey, ip: request.ip });
    if (!result.ok) {
      const draft = await draftOf(db, formKey);
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
    requireEditor(request.user);
    const formKey = formKeyOf(request);
    const number = (request.params as { version: string }).version;
    const version = VERSION_NUMBER.test(number) ? await findVersionByNumber(db, formKey, Number(number)) : null;
    if (!version) throw errors.notFound('Die Version');
    return reply.page({ title: `${version.definition.title}, Version ${version.version}`, breadcrumbs: formCrumbs(formKey, version.definition.title), workspace: true, body: <VersionPage version={version} /> });
  });
}
