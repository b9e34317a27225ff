import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FieldErrors } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { WORKSPACE_CRUMB } from '../../../../kernel/views';
import { STAFF_ENTRY_PATHS } from '../../paths';
import { registerEntryForm } from '../entry/entry-routes';
import { formValues, listOf } from '../entry/form-values';
import { moveAgendaItem } from './use-cases/move-agenda-item';
import { openMeeting, showMeetings } from './use-cases/open-meeting';
import { openAgendaItem, saveAgendaItem } from './use-cases/save-agenda-item';
import { saveMeeting } from './use-cases/save-meeting';
import { AgendaItemFormPage } from './views/agenda-item-form';
import { MeetingFormPage } from './views/meeting-form';
import { MeetingListPage } from './views/meeting-list';

type WithId = FastifyRequest<{ Params: { id: string } }>;
type WithItem = FastifyRequest<{ Params: { id: string; itemId: string } }>;
const MEETING_CRUMBS = [WORKSPACE_CRUMB, { href: STAFF_ENTRY_PATHS.meetings, label: 'Sitzungen' }];

/** /verwaltung/rat/sitzungen: upcoming and past meetings, the meeting forms, the agenda. */
export function registerMeetingRoutes(app: FastifyInstance, deps: Pick<ModuleDeps, 'db' | 'config'>): void {
  app.get(STAFF_ENTRY_PATHS.meetings, async (request, reply) => {
    const past = (request.query as Record<string, unknown>).zeit === 'vergangen';
    const meetings = await showMeetings(request.user, { past }, deps);
    return reply.page({ title: 'Sitzungen', breadcrumbs: [WORKSPACE_CRUMB], workspace: true, body: <MeetingListPage meetings={meetings} past={past} /> });
  });

  registerEntryForm(app, {
    newPath: STAFF_ENTRY_PATHS.newMeeting,
    path: STAFF_ENTRY_PATHS.meeting,
    crumbs: MEETING_CRUMBS,
    open: (actor, id) => openMeeting(actor, { id }, deps),
    title: (page) => (page.meeting ? (page.meeting.name ?? 'Sitzung') : 'Sitzung hinzufügen'),
    render: (page, failed) => (
      <MeetingFormPage {...page} values={failed?.values} checked={failed && listOf(failed.body, 'organizationIds')} errors={failed?.errors} />
    ),
    save: (actor, input) => saveMeeting(actor, input, deps),
    flash: 'Die Sitzung ist gespeichert.',
    after: STAFF_ENTRY_PATHS.meeting,
  });

  async function itemForm(request: FastifyRequest, reply: FastifyReply, meetingId: string, id: string | undefined, errors?: FieldErrors) {
    const page = await openAgendaItem(request.user, { meetingId, id }, deps);
    return reply.page({
      title: page.item ? 'Tagesordnungspunkt bearbeiten' : 'Tagesordnungspunkt hinzufügen',
      breadcrumbs: [...MEETING_CRUMBS, { href: STAFF_ENTRY_PATHS.meeting(meetingId), label: page.meeting.name ?? 'Sitzung' }],
      workspace: true,
      hasErrors: errors !== undefined,
      body: <AgendaItemFormPage {...page} values={errors ? formValues(request.body) : undefined} errors={errors} />,
    });
  }

  async function saveItem(request: FastifyRequest, reply: FastifyReply, meetingId: string, id: string | undefined) {
    const saved = await saveAgendaItem(request.user, { meetingId, id, body: request.body, ip: request.ip }, deps);
    if (!saved.ok) return itemForm(request, reply, meetingId, id, saved.errors);
    reply.flash('Der Tagesordnungspunkt ist gespeichert.');
    return reply.redirect(STAFF_ENTRY_PATHS.meeting(meetingId), 303);
  }

  app.get(STAFF_ENTRY_PATHS.newAgendaItem(':id'), (request: WithId, reply) => itemForm(request, reply, request.params.id, undefined));
  app.post(STAFF_ENTRY_PATHS.newAgendaItem(':id'), (request: WithId, reply) => saveItem(request, reply, request.params.id, undefined));
  app.get(STAFF_ENTRY_PATHS.agendaItem(':id', ':itemId'), (request: WithItem, reply) => itemForm(request, reply, request.params.id, request.params.itemId));
  app.post(STAFF_ENTRY_PATHS.agendaItem(':id', ':itemId'), (request: WithItem, reply) => saveItem(request, reply, request.params.id, request.params.itemId));

  app.post(STAFF_ENTRY_PATHS.moveAgendaItem(':id', ':itemId'), async (request: WithItem, reply) => {
    await moveAgendaItem(request.user, { meetingId: request.params.id, id: request.params.itemId, body: request.body, ip: request.ip }, deps);
    return reply.redirect(`${STAFF_ENTRY_PATHS.meeting(request.params.id)}#tagesordnung`, 303);
  });
}
