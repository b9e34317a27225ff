import type { FastifyInstance } from 'fastify';
import { readMultipartForm } from '../../../kernel/files';
import type { FieldErrors } from '../../../kernel/http';
import { formatDate } from '../../../kernel/views';
import type { ModuleDeps } from '../../../kernel/module';
import { answersToValues, fileFieldsOf, type Answers, type PageDef, type RawValues, type UploadedFileView } from '../../forms';
import { listApplicationFiles } from '../attachments';
import { PATHS } from '../paths';
import { applicantOf } from './context';
import { openPage, savePage, type OpenedPage } from './use-cases/save-page';
import { QuestionPage } from './views/question-page';

type PageParams = { Params: { id: string; pageId: string } };
type ShownPage = Extract<OpenedPage, { page: PageDef }>;

/** The question pages of a draft: GET shows the stored answers, POST saves and moves on. */
export function registerPageRoutes(app: FastifyInstance, deps: Pick<ModuleDeps, 'db' | 'config' | 'files'>): void {
  const render = async (opened: ShownPage, values: RawValues, answers: Answers, errors?: FieldErrors) => {
    const { application, form } = opened.open;
    const { page, position } = opened;
    const fileFields = fileFieldsOf(form.definition, page);
    const stored = fileFields.length > 0 ? await listApplicationFiles(deps.db, application.id) : [];
    const files: Record<string, UploadedFileView[]> = Object.fromEntries(
      fileFields.map((field) => [
        field.id,
        stored
          .filter((file) => file.kind === 'answer' && file.fieldId === field.id)
          .map((file) => ({ id: file.id, filename: file.filename, size: file.size, href: PATHS.file(application.id, file.id) })),
      ]),
    );
    const backHref = position.previous ? PATHS.page(application.id, position.previous.id) : PATHS.start(application.serviceSlug);
    return {
      title: `${page.title} – ${form.definition.title}`,
      hasErrors: Object.keys(errors ?? {}).length > 0,
      body: (
        <QuestionPage
          applicationId={application.id}
          formVersionId={application.formVersionId}
          definition={form.definition}
          page={page}
          step={position}
          backHref={backHref}
          values={values}
          answers={answers}
          errors={errors}
          files={files}
          multipart={fileFields.length > 0}
        />
      ),
    };
  };

  app.get<PageParams>(PATHS.page(':id', ':pageId'), async (request, reply) => {
    const { id, pageId } = request.params;
    const opened = await openPage(applicantOf(request, deps.config), { id, pageId }, deps);
    if (!opened.page) return reply.redirect(PATHS.confirmation(id), 303);
    const { definition } = opened.open.form;
    const answers = opened.open.application.answers;
    return reply.page(await render(opened, answersToValues(definition, opened.page, answers), answers));
  });

  app.post<PageParams>(PATHS.page(':id', ':pageId'), async (request, reply) => {
    const { id, pageId } = request.params;
    // Files stream into the store within the configured limits; those not stored by savePage go with the response.
    const form = await readMultipartForm(request);
    const outcome = await savePage(applicantOf(request, deps.config), { id, pageId, form }, deps);
    if (outcome.kind === 'submitted') return reply.redirect(PATHS.confirmation(id), 303);
    if (outcome.kind === 'show') return reply.page(await render(outcome.opened, outcome.values, outcome.answers, outcome.errors));
    if (!outcome.later) return reply.redirect(outcome.next, 303);
    if (!outcome.linkExpiresAt) {
      reply.flash('Ihr Antrag ist gespeichert. Sie finden ihn unter „Meine Anträge“ und können ihn dort jederzeit fortsetzen.');
      return reply.redirect(PATHS.mine, 303);
    }
    reply.flash(
      `Ihre Angaben sind gespeichert. Wir haben Ihnen einen neuen Link zum Fortsetzen per E-Mail geschickt. Er gilt bis zum ${formatDate(outcome.linkExpiresAt)}.`,
    );
    return reply.redirect(PATHS.page(id, pageId), 303);
  });
}
