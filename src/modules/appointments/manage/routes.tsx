import type { FastifyInstance } from 'fastify';
import { ICAL_CONTENT_TYPE } from '../../../kernel/ical';
import type { ModuleDeps } from '../../../kernel/module';
import { parseChoices } from '../booking/choices';
import { BOOKING_CRUMBS } from '../booking/views/crumbs';
import { PATHS } from '../paths';
import { bookingCalendarFile } from './use-cases/booking-calendar-file';
import { cancelBooking } from './use-cases/cancel-booking';
import { openManagedBooking } from './use-cases/open-managed-booking';
import { rebookAppointment } from './use-cases/rebook-appointment';
import { openRebookStep } from './use-cases/rebook-steps';
import { CancelPage } from './views/cancel-page';
import { ManagePage } from './views/manage-page';
import { rebookPage } from './views/rebook-page';

type SecretParams = { Params: { secret: string } };
/** The mail's link: the secret in the path (PATHS.manage and its actions). */
const LINK = `${PATHS.public}/termin/:secret`;

/** The confirmation mail's link (see, calendar file, cancel, move) and the owner's page in the account. */
export function manageRoutes(app: FastifyInstance, deps: Pick<ModuleDeps, 'db' | 'config'>): void {
  app.get<SecretParams>(LINK, async (request, reply) => {
    const view = await openManagedBooking(request.user, { secret: request.params.secret }, deps);
    return reply.page({ title: `Ihr Termin ${view.booking.reference}`, breadcrumbs: BOOKING_CRUMBS, body: <ManagePage {...view} /> });
  });

  app.get<{ Params: { id: string } }>(`${PATHS.account}/:id`, async (request, reply) => {
    const view = await openManagedBooking(request.user, { id: request.params.id }, deps);
    return reply.page({ title: `Ihr Termin ${view.booking.reference}`, breadcrumbs: BOOKING_CRUMBS, body: <ManagePage {...view} /> });
  });

  app.get<SecretParams>(`${LINK}/termin.ics`, async (request, reply) => {
    const file = await bookingCalendarFile(request.user, { secret: request.params.secret }, deps);
    return reply
      .type(ICAL_CONTENT_TYPE)
      .header('content-disposition', `attachment; filename="termin-${file.reference}.ics"`)
      .header('cache-control', 'private, no-store')
      .send(file.ics);
  });

  app.get<SecretParams>(`${LINK}/absagen`, async (request, reply) => {
    const view = await openManagedBooking(request.user, { secret: request.params.secret }, deps);
    return reply.page({ title: `Termin ${view.booking.reference} absagen`, breadcrumbs: BOOKING_CRUMBS, body: <CancelPage view={view} /> });
  });

  app.post<SecretParams>(`${LINK}/absagen`, async (request, reply) => {
    const key = { secret: request.params.secret };
    const outcome = await cancelBooking(request.user, key, deps);
    if (outcome.ok) return reply.flash('Ihr Termin ist abgesagt. Die Zeit ist wieder frei für andere.').redirect(PATHS.manage(key.secret), 303);
    const view = await openManagedBooking(request.user, key, deps);
    return reply.page({
      title: `Termin ${view.booking.reference} absagen`,
      breadcrumbs: BOOKING_CRUMBS,
      hasErrors: true,
      body: <CancelPage view={view} errors={outcome.errors} />,
    });
  });

  app.get<SecretParams>(`${LINK}/umbuchen`, async (request, reply) => {
    const view = await openRebookStep(request.user, { secret: request.params.secret }, parseChoices(request.query), deps);
    return reply.page(rebookPage(view));
  });

  app.post<SecretParams>(`${LINK}/umbuchen`, async (request, reply) => {
    const key = { secret: request.params.secret };
    const choices = parseChoices(request.body);
    const outcome = await rebookAppointment(request.user, { key, day: choices.day, time: choices.time, ip: request.ip }, deps);
    if (outcome.ok) {
      return reply.flash('Ihr Termin ist verschoben. Die neue Bestätigung ist per E-Mail unterwegs.').redirect(PATHS.manage(outcome.booking.secret), 303);
    }
    if (outcome.step === 'locked') {
      return reply.page({ ...rebookPage({ step: 'locked', secret: key.secret, message: outcome.errors.umbuchen ?? '' }), status: 400 });
    }
    const refused = { step: outcome.step === 'day' ? ('day' as const) : ('time' as const), errors: outcome.errors };
    return reply.page(rebookPage(await openRebookStep(request.user, key, choices, deps, refused)));
  });
}
