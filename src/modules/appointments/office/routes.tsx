import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errors, isUuid, parseForm, type FieldErrors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { berlinDay } from '../../../kernel/time';
import { WORKSPACE_CRUMB, type Crumb } from '../../../kernel/views';
import { pattern, STAFF_PATHS } from '../paths';
import { callSchema, planDaySchema, walkInSchema } from './schemas';
import { callToCounter, checkInAtCounter, finishAtCounter, markNoShowAtCounter, showBookingAtCounter } from './use-cases/serve-at-counter';
import { locationsToServe, showDayPlan } from './use-cases/show-day-plan';
import { registerWalkIn, walkInChoices } from './use-cases/walk-in';
import { BookingPage } from './views/booking-page';
import { ChooseLocationPage } from './views/choose-location';
import { DayPlanPage } from './views/day-plan';
import { WalkInPage } from './views/walk-in-page';

const CRUMBS: Crumb[] = [WORKSPACE_CRUMB, { href: STAFF_PATHS.dayPlan, label: 'Tagesplan' }];

function bookingId(request: FastifyRequest): string {
  const { id } = request.params as { id: string };
  if (!isUuid(id)) throw errors.notFound('Der Termin');
  return id;
}

/** The counters' section /verwaltung/termine: day plan, check-in, call-up, done, no-show, walk-ins. Every use case checks access again. */
export function officeRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  async function dayPlanPage(request: FastifyRequest, reply: FastifyReply, slug: string, day: string, fieldErrors?: FieldErrors, counterId?: string) {
    const now = new Date();
    const plan = await showDayPlan(request.user, { locationSlug: slug, day }, deps);
    return reply.page({
      title: `Tagesplan ${plan.location.name}`,
      breadcrumbs: CRUMBS,
      workspace: true,
      hasErrors: fieldErrors !== undefined,
      body: <DayPlanPage plan={plan} today={berlinDay(now)} now={now} errors={fieldErrors} counterId={counterId} />,
    });
  }

  async function bookingPage(request: FastifyRequest, reply: FastifyReply, id: string, fieldErrors?: FieldErrors) {
    const now = new Date();
    const data = await showBookingAtCounter(request.user, id, deps);
    return reply.page({
      title: `Termin ${data.booking.reference}`,
      breadcrumbs: [...CRUMBS, { href: STAFF_PATHS.dayPlanOf(data.location.slug, data.booking.day), label: data.location.name }],
      workspace: true,
      hasErrors: fieldErrors !== undefined,
      body: <BookingPage {...data} today={berlinDay(now)} now={now} errors={fieldErrors} />,
    });
  }

  app.get(STAFF_PATHS.dayPlan, async (request, reply) => {
    const locations = await locationsToServe(request.user, deps);
    return reply.page({
      title: 'Tagesplan',
      breadcrumbs: [WORKSPACE_CRUMB],
      workspace: true,
      body: <ChooseLocationPage locations={locations} today={berlinDay(new Date())} />,
    });
  });

  app.get(pattern(STAFF_PATHS.dayPlanOf(':slug', ':day')), async (request, reply) => {
    const { slug, day } = request.params as { slug: string; day: string };
    if (!planDaySchema.safeParse(day).success) throw errors.notFound('Der Tag');
    // The counter the person called to last stays chosen, so the next call is one click.
    const { platz } = request.query as { platz?: unknown };
    return dayPlanPage(request, reply, slug, day, undefined, typeof platz === 'string' && isUuid(platz) ? platz : undefined);
  });

  app.get(pattern(STAFF_PATHS.booking(':id')), async (request, reply) => bookingPage(request, reply, bookingId(request)));

  // Each action answers the page it came from: its day plan after success (303), the booking page with the message when refused (400).
  const actions = [
    [pattern(STAFF_PATHS.bookingCheckIn(':id')), checkInAtCounter, (ticket: string | null) => `Eingecheckt: Aufrufnummer ${ticket ?? ''}.`],
    [pattern(STAFF_PATHS.bookingDone(':id')), finishAtCounter, (ticket: string | null) => `${ticket ?? 'Der Termin'} ist erledigt.`],
    [pattern(STAFF_PATHS.bookingNoShow(':id')), markNoShowAtCounter, () => 'Der Termin ist als nicht erschienen vermerkt.'],
  ] as const;
  for (const [path, useCase, note] of actions) {
    app.post(path, async (request, reply) => {
      const id = bookingId(request);
      const result = await useCase(request.user, { bookingId: id, ip: request.ip }, deps);
      if (!result.ok) return bookingPage(request, reply, id, result.errors);
      reply.flash(note(result.ticket));
      return reply.redirect(STAFF_PATHS.dayPlanOf(result.locationSlug, result.day), 303);
    });
  }

  app.post(pattern(STAFF_PATHS.callNext(':slug')), async (request, reply) => {
    const { slug } = request.params as { slug: string };
    const today = berlinDay(new Date());
    const form = parseForm(callSchema, request.body);
    if (!form.ok) return dayPlanPage(request, reply, slug, today, form.errors);
    const result = await callToCounter(request.user, { locationSlug: slug, counterId: form.data.platz, bookingId: form.data.buchung, ip: request.ip }, deps);
    if (!result.ok) return dayPlanPage(request, reply, slug, today, result.errors, form.data.platz);
    reply.flash(`Aufgerufen: ${result.ticket ?? result.reference} an ${result.counter}.`);
    return reply.redirect(STAFF_PATHS.dayPlanAtCounter(result.locationSlug, result.day, form.data.platz), 303);
  });

  async function walkInPage(request: FastifyRequest, reply: FastifyReply, slug: string, fieldErrors?: FieldErrors, chosen?: string[]) {
    const { location, services } = await walkInChoices(request.user, slug, deps);
    const planHref = STAFF_PATHS.dayPlanOf(location.slug, berlinDay(new Date()));
    return reply.page({
      title: 'Laufkundschaft aufnehmen',
      breadcrumbs: [...CRUMBS, { href: planHref, label: location.name }],
      workspace: true,
      hasErrors: fieldErrors !== undefined,
      body: <WalkInPage location={location} services={services} errors={fieldErrors} chosen={chosen} planHref={planHref} />,
    });
  }

  app.get(pattern(STAFF_PATHS.walkIn(':slug')), async (request, reply) => walkInPage(request, reply, (request.params as { slug: string }).slug));

  app.post(pattern(STAFF_PATHS.walkIn(':slug')), async (request, reply) => {
    const { slug } = request.params as { slug: string };
    const form = parseForm(walkInSchema, request.body);
    if (!form.ok) return walkInPage(request, reply, slug, form.errors);
    const result = await registerWalkIn(request.user, { locationSlug: slug, serviceIds: form.data.dienste, ip: request.ip }, deps);
    if (!result.ok) return walkInPage(request, reply, slug, result.errors, form.data.dienste);
    reply.flash(`Aufrufnummer ${result.ticket} vergeben. Die Person wartet jetzt.`);
    return reply.redirect(STAFF_PATHS.dayPlanOf(result.locationSlug, result.day), 303);
  });
}
