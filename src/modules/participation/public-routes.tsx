import type { FastifyInstance, FastifyRequest } from 'fastify';
import { moduleSettings } from '../../kernel/config';
import { formStamp, parseForm, type FieldErrors } from '../../kernel/http';
import type { ModuleDeps } from '../../kernel/module';
import type { Crumb } from '../../kernel/views';
import { ACCOUNT_PATHS, requireLogin } from '../accounts';
import { COCKPIT_PATHS } from '../cockpit';
import { FORMS } from './abuse';
import { PATHS } from './paths';
import { submittedMessage } from './presenters';
import { measureChoices } from './repository/measures';
import { CommentSchema, IdeaSchema, ListQuerySchema } from './schemas';
import { participationSettings } from './settings';
import { addComment, commentableIdea } from './use-cases/add-comment';
import { requireParticipant } from './use-cases/guards';
import { listIdeas } from './use-cases/list-ideas';
import { showIdea } from './use-cases/show-idea';
import { submitIdea } from './use-cases/submit-idea';
import { toggleSupport } from './use-cases/toggle-support';
import { IdeaFormPage } from './views/idea-form-page';
import { IdeaListPage } from './views/idea-list-page';
import { IdeaPage } from './views/idea-page';

export const CRUMBS: Crumb[] = [
  { href: '/', label: 'Startseite' },
  { href: PATHS.public, label: 'Mitmachen' },
];

/** What the public pages show changes with these tables only (ADR 8); pages with forms are never cached. */
const PAGE_CACHE = { pageCache: { tables: ['participation_ideas', 'participation_comments', 'cockpit_measures'] } };

/** A form body's fields as sent (a crafted request may send none). */
export function formFields(body: unknown): Record<string, string> {
  if (!body || typeof body !== 'object') return {};
  return Object.fromEntries(Object.entries(body).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

export function idParam(request: FastifyRequest): string {
  return (request.params as { id: string }).id;
}

/** The list, the idea pages, "Vorschlag einreichen", support and comments: parse, one use case, render or redirect. */
export function registerPublicRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { config } = deps;

  app.get(PATHS.public, { config: PAGE_CACHE }, async (request, reply) => {
    const list = await listIdeas(ListQuerySchema.parse(request.query ?? {}), deps);
    return reply.page({
      title: 'Mitmachen: Vorschläge',
      breadcrumbs: [CRUMBS[0]!],
      body: <IdeaListPage list={list} town={config.municipality.name} digitalisationHref={COCKPIT_PATHS.public} />,
    });
  });

  const ideaForm = async (request: FastifyRequest, values?: Record<string, string>, errors?: FieldErrors) => {
    const user = request.user!;
    return {
      title: 'Vorschlag einreichen',
      breadcrumbs: CRUMBS,
      hasErrors: Boolean(errors),
      body: (
        <IdeaFormPage
          values={values}
          errors={errors}
          measures={await measureChoices(deps.db)}
          displayName={user.displayName}
          preModerated={moduleSettings(deps, participationSettings).preModerateIdeas}
          stamp={formStamp(config.secret, FORMS.idea)}
        />
      ),
    };
  };

  app.get(PATHS.newIdea, { preHandler: requireLogin }, async (request, reply) => {
    requireParticipant(request.user);
    return reply.page(await ideaForm(request));
  });

  app.post(PATHS.newIdea, async (request, reply) => {
    requireParticipant(request.user);
    const fields = formFields(request.body);
    const parsed = parseForm(IdeaSchema, fields);
    if (!parsed.ok) return reply.page(await ideaForm(request, fields, parsed.errors));
    const outcome = await submitIdea(request.user, { input: parsed.data, fields, ip: request.ip }, deps);
    if (!outcome.ok) return reply.page(await ideaForm(request, fields, outcome.errors));
    reply.flash(submittedMessage(outcome.published));
    return reply.redirect(PATHS.idea(outcome.id), 303);
  });

  const ideaPage = async (request: FastifyRequest, form: { values?: Record<string, string>; errors?: FieldErrors; replyTo?: string } = {}) => {
    const view = await showIdea(request.user, idParam(request), deps);
    const replyTo = form.replyTo ? view.comments.find((comment) => comment.id === form.replyTo && comment.state === 'published') : undefined;
    return {
      title: view.idea.visibility === 'hidden' && !view.mine && !view.moderator ? 'Ausgeblendeter Vorschlag' : view.idea.title,
      breadcrumbs: CRUMBS,
      hasErrors: Boolean(form.errors),
      body: (
        <IdeaPage
          view={view}
          commentForm={{ values: form.values, errors: form.errors, replyTo, stamp: formStamp(config.secret, FORMS.comment) }}
          measureHref={COCKPIT_PATHS.measure}
          loginHref={`${ACCOUNT_PATHS.login}?weiter=${encodeURIComponent(PATHS.idea(view.idea.id))}`}
        />
      ),
    };
  };

  app.get(PATHS.idea(':id'), { config: PAGE_CACHE }, async (request, reply) => {
    const answer = (request.query as Record<string, unknown> | undefined)?.antwort;
    return reply.page(await ideaPage(request, { replyTo: typeof answer === 'string' ? answer : undefined }));
  });

  app.post(PATHS.support(':id'), async (request, reply) => {
    const { supported } = await toggleSupport(request.user, { ideaId: idParam(request), ip: request.ip }, deps);
    reply.flash(supported ? 'Sie unterstützen diesen Vorschlag.' : 'Sie haben Ihre Unterstützung zurückgenommen.');
    return reply.redirect(PATHS.idea(idParam(request)), 303);
  });

  app.post(PATHS.comment(':id'), async (request, reply) => {
    const fields = formFields(request.body);
    const again = async (errors: FieldErrors) => reply.page(await ideaPage(request, { values: fields, errors, replyTo: fields.antwort_auf }));
    await commentableIdea(request.user, idParam(request), deps); // who may not comment gets 401/403/404 before any field error
    const parsed = parseForm(CommentSchema, fields);
    if (!parsed.ok) return again(parsed.errors);
    const outcome = await addComment(request.user, { ideaId: idParam(request), input: parsed.data, fields, ip: request.ip }, deps);
    if (!outcome.ok) return again(outcome.errors);
    reply.flash(
      outcome.published ? 'Ihr Kommentar ist veröffentlicht.' : 'Ihr Kommentar ist eingegangen. Er erscheint, sobald das Moderationsteam ihn freigegeben hat.',
    );
    return reply.redirect(`${PATHS.idea(idParam(request))}#kommentar-${outcome.id}`, 303);
  });
}
