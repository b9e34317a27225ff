import type { FastifyInstance, FastifyRequest } from 'fastify';
import { moduleSettings } from '../../kernel/config';
import { parseForm, type FieldErrors } from '../../kernel/http';
import type { ModuleDeps } from '../../kernel/module';
import { WORKSPACE_CRUMB, type Crumb } from '../../kernel/views';
import { STAFF_PATHS } from './paths';
import { formFields, idParam } from './public-routes';
import { AnswerSchema, ModerationSchema } from './schemas';
import { participationSettings } from './settings';
import { answerIdea, moderateComment, moderateIdea, moderationQueue, staffComment, staffIdea } from './use-cases/moderation';
import { StaffCommentPage } from './views/staff/comment-page';
import { StaffIdeaPage } from './views/staff/idea-page';
import { QueuePage } from './views/staff/queue-page';

const QUEUE_CRUMBS: Crumb[] = [WORKSPACE_CRUMB, { href: STAFF_PATHS.queue, label: 'Ideen moderieren' }];

/** The moderation in /verwaltung: the queue, an idea (approve/hide, status, answer, measure), a comment (approve/hide). */
export function registerStaffRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get(STAFF_PATHS.queue, async (request, reply) => {
    const items = await moderationQueue(request.user, deps);
    const settings = moduleSettings(deps, participationSettings);
    return reply.header('cache-control', 'private, no-store').page({
      title: 'Ideen moderieren',
      breadcrumbs: [WORKSPACE_CRUMB],
      workspace: true,
      body: <QueuePage items={items} preModeration={{ ideas: settings.preModerateIdeas, comments: settings.preModerateComments }} />,
    });
  });

  const ideaPage = async (request: FastifyRequest, values?: Record<string, string>, errors?: FieldErrors) => {
    const view = await staffIdea(request.user, idParam(request), deps);
    return {
      title: view.idea.title,
      breadcrumbs: QUEUE_CRUMBS,
      workspace: true,
      hasErrors: Boolean(errors),
      body: <StaffIdeaPage view={view} values={values} errors={errors} />,
    };
  };

  app.get(STAFF_PATHS.idea(':id'), async (request, reply) => reply.header('cache-control', 'private, no-store').page(await ideaPage(request)));

  app.post(STAFF_PATHS.moderateIdea(':id'), async (request, reply) => {
    const fields = formFields(request.body);
    await staffIdea(request.user, idParam(request), deps);
    const parsed = parseForm(ModerationSchema, fields);
    if (!parsed.ok) return reply.page(await ideaPage(request, fields, parsed.errors));
    await moderateIdea(request.user, { id: idParam(request), input: parsed.data }, deps);
    reply.flash(parsed.data.entscheidung === 'freigeben' ? 'Der Vorschlag ist freigegeben.' : 'Der Vorschlag ist ausgeblendet.');
    return reply.redirect(STAFF_PATHS.idea(idParam(request)), 303);
  });

  app.post(STAFF_PATHS.answerIdea(':id'), async (request, reply) => {
    const fields = formFields(request.body);
    await staffIdea(request.user, idParam(request), deps);
    const parsed = parseForm(AnswerSchema, fields);
    if (!parsed.ok) return reply.page(await ideaPage(request, fields, parsed.errors));
    const outcome = await answerIdea(request.user, { id: idParam(request), input: parsed.data }, deps);
    if (!outcome.ok) return reply.page(await ideaPage(request, fields, outcome.errors));
    reply.flash('Stand und Antwort sind gespeichert.');
    return reply.redirect(STAFF_PATHS.idea(idParam(request)), 303);
  });

  const commentPage = async (request: FastifyRequest, values?: Record<string, string>, errors?: FieldErrors) => {
    const view = await staffComment(request.user, idParam(request), deps);
    return {
      title: 'Kommentar prüfen',
      breadcrumbs: QUEUE_CRUMBS,
      workspace: true,
      hasErrors: Boolean(errors),
      body: <StaffCommentPage view={view} values={values} errors={errors} />,
    };
  };

  app.get(STAFF_PATHS.moderateComment(':id'), async (request, reply) => reply.header('cache-control', 'private, no-store').page(await commentPage(request)));

  app.post(STAFF_PATHS.moderateComment(':id'), async (request, reply) => {
    const fields = formFields(request.body);
    await staffComment(request.user, idParam(request), deps);
    const parsed = parseForm(ModerationSchema, fields);
    if (!parsed.ok) return reply.page(await commentPage(request, fields, parsed.errors));
    await moderateComment(request.user, { id: idParam(request), input: parsed.data }, deps);
    reply.flash(parsed.data.entscheidung === 'freigeben' ? 'Der Kommentar ist freigegeben.' : 'Der Kommentar ist ausgeblendet.');
    return reply.redirect(STAFF_PATHS.queue, 303);
  });
}
