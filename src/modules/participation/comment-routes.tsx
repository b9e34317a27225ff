import type { FastifyInstance, FastifyRequest } from 'fastify';
import { formStamp, parseForm, type FieldErrors } from '../../kernel/http';
import type { ModuleDeps } from '../../kernel/module';
import { FORMS } from './abuse';
import { PATHS } from './paths';
import { COMMENT_EDIT_MINUTES } from './policies';
import { CRUMBS, formFields, idParam } from './public-routes';
import { CommentEditSchema, ReportSchema } from './schemas';
import { deletableComment, deleteComment, editableComment, editComment } from './use-cases/change-comment';
import { reportableSubject, reportContent } from './use-cases/report-content';
import { DeleteCommentPage, EditCommentPage, ReportPage } from './views/small-pages';

/** Editing and deleting one's own comments, reporting ideas and comments. */
export function registerCommentRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const editPage = async (request: FastifyRequest, values?: Record<string, string>, fieldErrors?: FieldErrors) => {
    const { comment, idea } = await editableComment(request.user, idParam(request), deps);
    return {
      title: 'Kommentar bearbeiten',
      breadcrumbs: CRUMBS,
      hasErrors: Boolean(fieldErrors),
      body: (
        <EditCommentPage
          id={comment.id}
          until={new Date(comment.createdAt.getTime() + COMMENT_EDIT_MINUTES * 60_000)}
          backHref={PATHS.idea(idea.id)}
          values={values ?? { text: comment.body }}
          errors={fieldErrors}
        />
      ),
    };
  };

  app.get(PATHS.editComment(':id'), async (request, reply) => reply.page(await editPage(request)));

  app.post(PATHS.editComment(':id'), async (request, reply) => {
    const fields = formFields(request.body);
    await editableComment(request.user, idParam(request), deps);
    const parsed = parseForm(CommentEditSchema, fields);
    if (!parsed.ok) return reply.page(await editPage(request, fields, parsed.errors));
    const outcome = await editComment(request.user, { id: idParam(request), text: parsed.data.text }, deps);
    if (!outcome.ok) return reply.page(await editPage(request, fields, outcome.errors));
    reply.flash('Ihr Kommentar ist geändert.');
    return reply.redirect(`${PATHS.idea(outcome.ideaId)}#kommentar-${idParam(request)}`, 303);
  });

  app.get(PATHS.deleteComment(':id'), async (request, reply) => {
    const { comment, idea } = await deletableComment(request.user, idParam(request), deps);
    return reply.page({
      title: 'Kommentar löschen?',
      breadcrumbs: CRUMBS,
      body: <DeleteCommentPage id={comment.id} text={comment.body} backHref={PATHS.idea(idea.id)} />,
    });
  });

  app.post(PATHS.deleteComment(':id'), async (request, reply) => {
    const { ideaId } = await deleteComment(request.user, idParam(request), deps);
    reply.flash('Ihr Kommentar ist gelöscht.');
    return reply.redirect(PATHS.idea(ideaId), 303);
  });

  for (const kind of ['idea', 'comment'] as const) {
    const path = kind === 'idea' ? PATHS.reportIdea : PATHS.reportComment;
    const target = (request: FastifyRequest) => (kind === 'idea' ? { ideaId: idParam(request) } : { commentId: idParam(request) });
    const reportPage = async (request: FastifyRequest, values?: Record<string, string>, fieldErrors?: FieldErrors) => {
      const { idea, comment } = await reportableSubject(request.user, target(request), deps);
      const what = comment ? 'Kommentar' : 'Vorschlag';
      return {
        title: `${what} melden`,
        breadcrumbs: CRUMBS,
        hasErrors: Boolean(fieldErrors),
        body: (
          <ReportPage
            action={path(idParam(request))}
            what={what}
            text={comment ? comment.body : `${idea.title}\n\n${idea.body}`}
            backHref={PATHS.idea(idea.id)}
            stamp={formStamp(deps.config.secret, FORMS.report)}
            values={values}
            errors={fieldErrors}
          />
        ),
      };
    };
    app.get(path(':id'), async (request, reply) => reply.page(await reportPage(request)));
    app.post(path(':id'), async (request, reply) => {
      const fields = formFields(request.body);
      await reportableSubject(request.user, target(request), deps);
      const parsed = parseForm(ReportSchema, fields);
      if (!parsed.ok) return reply.page(await reportPage(request, fields, parsed.errors));
      const outcome = await reportContent(request.user, { target: target(request), reason: parsed.data.grund, fields, ip: request.ip }, deps);
      if (!outcome.ok) return reply.page(await reportPage(request, fields, outcome.errors));
      reply.flash('Danke für Ihre Meldung. Das Moderationsteam prüft den Beitrag.');
      return reply.redirect(PATHS.idea(outcome.ideaId), 303);
    });
  }
}
