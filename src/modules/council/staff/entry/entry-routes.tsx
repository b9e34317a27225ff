import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';
import type { Actor } from '../../../../kernel/auth';
import type { FieldErrors, Outcome } from '../../../../kernel/http';
import type { Crumb } from '../../../../kernel/views';
import { formValues } from './form-values';

/** A form sent back with errors: what the person typed and the messages. */
export interface FailedForm {
  body: unknown;
  values: Record<string, string>;
  errors: FieldErrors;
}

/** The form pages of one kind of object (Gremium, person, meeting, paper): add at `newPath`, edit at `path(id)`. */
export interface EntryFormRoutes<Page> {
  newPath: string;
  path: (id: string) => string;
  crumbs: Crumb[];
  open: (actor: Actor, id: string | undefined) => Promise<Page>;
  title: (page: Page) => string;
  render: (page: Page, failed: FailedForm | undefined) => ComponentChildren;
  save: (actor: Actor, input: { id: string | undefined; body: unknown; ip: string }) => Promise<Outcome<{ id: string }>>;
  flash: string;
  /** Where a saved object's form leads: its own page or the list. */
  after: (id: string) => string;
}

type WithId = FastifyRequest<{ Params: { id: string } }>;

/** GET and POST of the add and edit forms, POST-redirect-GET, the form again with 400 on errors. */
export function registerEntryForm<Page>(app: FastifyInstance, routes: EntryFormRoutes<Page>): void {
  async function form(request: FastifyRequest, reply: FastifyReply, id: string | undefined, errors?: FieldErrors) {
    const page = await routes.open(request.user, id);
    const failed = errors && { body: request.body, values: formValues(request.body), errors };
    return reply.page({
      title: routes.title(page),
      breadcrumbs: routes.crumbs,
      workspace: true,
      hasErrors: errors !== undefined,
      body: routes.render(page, failed),
    });
  }

  async function save(request: FastifyRequest, reply: FastifyReply, id: string | undefined) {
    const saved = await routes.save(request.user, { id, body: request.body, ip: request.ip });
    if (!saved.ok) return form(request, reply, id, saved.errors);
    reply.flash(routes.flash);
    return reply.redirect(routes.after(saved.id), 303);
  }

  app.get(routes.newPath, (request, reply) => form(request, reply, undefined));
  app.post(routes.newPath, (request, reply) => save(request, reply, undefined));
  app.get(routes.path(':id'), (request: WithId, reply) => form(request, reply, request.params.id));
  app.post(routes.path(':id'), (request: WithId, reply) => save(request, reply, request.params.id));
}
