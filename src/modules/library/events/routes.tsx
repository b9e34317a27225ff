import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parseForm, type FieldErrors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { WORKSPACE_CRUMB } from '../../../kernel/views';
import { calendarHref } from '../../education';
import { EVENT_PATHS } from './paths';
import { formValues } from './presenters';
import { cancelForm, eventForm } from './schemas';
import { libraryEventSource } from './source';
import { cancelEvent } from './use-cases/cancel-event';
import { eventToEdit, listStaffEvents, openNewEventForm, publicEvent } from './use-cases/read-events';
import { saveEvent } from './use-cases/save-event';
import { EventFormPage, type EventFormProps } from './views/event-form';
import { EventPage } from './views/event-page';
import { StaffEventList } from './views/staff-list';

type IdParams = { Params: { id: string } };

const staffCrumbs = [WORKSPACE_CRUMB, { href: EVENT_PATHS.staffList, label: 'Veranstaltungen der Stadtbücherei' }];

/** The strings of a form body, to show them again. */
function submitted(body: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  if (body && typeof body === 'object') for (const [key, value] of Object.entries(body)) if (typeof value === 'string' && key !== '_csrf') values[key] = value;
  return values;
}

function renderForm(reply: FastifyReply, props: EventFormProps, hasErrors: boolean) {
  return reply.page({
    title: props.event ? 'Veranstaltung ändern' : 'Neue Veranstaltung',
    breadcrumbs: staffCrumbs,
    body: <EventFormPage {...props} />,
    hasErrors,
    workspace: true,
  });
}

/** The library's events: the public page of each, and the staff section to enter, change and cancel them. */
export function libraryEventRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const context = (request: FastifyRequest) => ({ db: deps.db, ip: request.ip });

  app.get<IdParams>(EVENT_PATHS.event(':id'), { config: { pageCache: { tables: libraryEventSource.tables } } }, async (request, reply) => {
    const event = await publicEvent(request.params.id, deps);
    return reply.page({
      title: event.title,
      breadcrumbs: [
        { href: '/', label: 'Startseite' },
        { href: '/bildung', label: 'Bildung' },
        { href: calendarHref({ angebot: libraryEventSource.area }), label: 'Veranstaltungskalender' },
      ],
      body: <EventPage event={event} calendarHref={calendarHref({ angebot: libraryEventSource.area })} />,
    });
  });

  app.get(EVENT_PATHS.staffList, async (request, reply) => {
    const list = await listStaffEvents(request.user, deps);
    return reply.page({ title: 'Veranstaltungen der Stadtbücherei', breadcrumbs: [WORKSPACE_CRUMB], body: <StaffEventList {...list} />, workspace: true });
  });

  app.get(EVENT_PATHS.staffNew, async (request, reply) => {
    openNewEventForm(request.user);
    return renderForm(reply, { values: {} }, false);
  });

  app.post(EVENT_PATHS.staffNew, async (request, reply) => {
    const parsed = parseForm(eventForm, request.body);
    const outcome = parsed.ok ? await saveEvent(request.user, undefined, parsed.data, context(request)) : parsed;
    if (!outcome.ok) return renderForm(reply, { values: submitted(request.body), errors: outcome.errors }, true);
    reply.flash('Die Veranstaltung ist angelegt und steht im Kalender.');
    return reply.redirect(EVENT_PATHS.staffList, 303);
  });

  app.get<IdParams>(EVENT_PATHS.staffEdit(':id'), async (request, reply) => {
    const event = await eventToEdit(request.user, request.params.id, deps);
    return renderForm(reply, { event, values: formValues(event) }, false);
  });

  app.post<IdParams>(EVENT_PATHS.staffEdit(':id'), async (request, reply) => {
    const event = await eventToEdit(request.user, request.params.id, deps);
    const parsed = parseForm(eventForm, request.body);
    const outcome = parsed.ok ? await saveEvent(request.user, event.id, parsed.data, context(request)) : parsed;
    if (!outcome.ok) return renderForm(reply, { event, values: submitted(request.body), errors: outcome.errors }, true);
    reply.flash('Die Änderungen sind gespeichert.');
    return reply.redirect(EVENT_PATHS.staffList, 303);
  });

  app.post<IdParams>(EVENT_PATHS.staffCancel(':id'), async (request, reply) => {
    const event = await eventToEdit(request.user, request.params.id, deps);
    const parsed = parseForm(cancelForm, request.body);
    const outcome = parsed.ok ? await cancelEvent(request.user, event.id, parsed.data.grund, context(request)) : parsed;
    if (!outcome.ok) {
      const cancelErrors: FieldErrors = outcome.errors;
      return renderForm(reply, { event, values: { ...formValues(event), ...submitted(request.body) }, cancelErrors }, true);
    }
    reply.flash('Die Veranstaltung ist abgesagt. Sie bleibt mit dem Grund im Kalender.');
    return reply.redirect(EVENT_PATHS.staffList, 303);
  });
}
