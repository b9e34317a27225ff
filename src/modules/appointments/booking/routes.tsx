import type { FastifyInstance, FastifyRequest } from 'fastify';
import { moduleSettings } from '../../../kernel/config';
import { formStamp, parseForm, refuseCrossSite, type FieldErrors } from '../../../kernel/http';
import { normaliseMobileNumber } from '../../../kernel/sms';
import type { ModuleDeps } from '../../../kernel/module';
import { PATHS } from '../paths';
import { appointmentSettings } from '../settings';
import type { BookingStep } from './check-choices';
import { parseChoices, stepHref, wasSent } from './choices';
import { bookingWindow, germanDate } from './plan';
import { accountDetailsSchema, guestDetailsSchema } from './schemas';
import { BOOKING_FORM, bookAppointment } from './use-cases/book-appointment';
import { openBookingStep, stepView } from './use-cases/booking-steps';
import { holdTime } from './use-cases/hold-time';
import { showAppointmentsStart, showLocation } from './use-cases/show-start';
import { BOOKING_CRUMBS } from './views/crumbs';
import { LocationPage } from './views/location-page';
import { StartPage } from './views/start-page';
import { stepPage, type DetailsExtras } from './views/step-page';

const STEPS: Array<[string, BookingStep]> = [
  [PATHS.book, 'services'],
  [PATHS.bookLocation, 'location'],
  [PATHS.bookDay, 'day'],
  [PATHS.bookTime, 'time'],
  [PATHS.bookDetails, 'details'],
];

/**
 * How old the free times a kept page shows may be (ADR 8's stated staleness): in a release rush the
 * units change many times a second, and an exact cache would keep no page at all. A time shown that
 * was taken in those seconds costs the person one refused hold, which answers with the fresh times.
 */
export const BOOKING_PAGES_STALE_SECONDS = 2;

/**
 * Anonymous visitors share the start, the location pages and the steps' pages (each URL, so each set
 * of choices, its own page; a step asked again with its message too) until a table they show changes
 * (then for `BOOKING_PAGES_STALE_SECONDS` more), every booking and hold included (they change units).
 * A minute at most: units are released by the clock (release waves) and holds end by it, and the
 * window moves at midnight, none of which changes a table. The details page carries a CSRF token and
 * is never kept.
 */
const PAGE_CACHE = {
  pageCache: {
    tables: [
      'appointment_locations',
      'appointment_counters',
      'appointment_opening_hours',
      'appointment_closures',
      'appointment_services',
      'appointment_service_counters',
      'appointment_slots',
    ],
    maxSeconds: 60,
    staleSeconds: BOOKING_PAGES_STALE_SECONDS,
  },
};

function bodyOf(request: FastifyRequest): Record<string, unknown> {
  return (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Record<string, unknown>;
}

/** The form's fields as strings (the first of repeated ones), to show the input again. */
function sentValues(body: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(body).map(([key, value]) => [key, Array.isArray(value) ? String(value[0] ?? '') : String(value ?? '')]));
}

/** /termine, the locations' pages and the booking's steps (GET each; POST the time, which holds it, and the details). */
export function bookingRoutes(app: FastifyInstance, deps: Pick<ModuleDeps, 'db' | 'config'>): void {
  const settings = moduleSettings(deps, appointmentSettings);
  const window = () => bookingWindow(settings, new Date());
  const extras = (request: FastifyRequest, more: Partial<DetailsExtras> = {}): DetailsExtras => ({
    account: request.user ? { name: request.user.displayName, email: request.user.email } : null,
    stamp: formStamp(deps.config.secret, BOOKING_FORM),
    ...more,
  });

  app.get(PATHS.public, { config: PAGE_CACHE }, async (_request, reply) => {
    const start = await showAppointmentsStart(deps);
    return reply.page({ title: 'Termine', breadcrumbs: BOOKING_CRUMBS.slice(0, 1), body: <StartPage {...start} /> });
  });

  app.get<{ Params: { slug: string } }>(`${PATHS.public}/standorte/:slug`, { config: PAGE_CACHE }, async (request, reply) => {
    const location = await showLocation(request.params.slug, window(), deps);
    return reply.page({ title: location.location.name, breadcrumbs: BOOKING_CRUMBS, body: <LocationPage {...location} /> });
  });

  for (const [path, step] of STEPS) {
    app.get(path, { config: PAGE_CACHE }, async (request, reply) => {
      const answer = await openBookingStep(deps.db, step, parseChoices(request.query), wasSent(request.query), window());
      if ('redirect' in answer) return reply.redirect(answer.redirect, 303);
      return reply.page(stepPage(answer, extras(request)));
    });
  }

  // Choosing a time holds it (use-cases/hold-time.ts). Without a token: the time page is shared by every
  // visitor (cached), and a hold acts for no account and no session, so a forged one could do nothing
  // a direct one cannot; cross-site posts from browsers are refused all the same.
  app.post(PATHS.bookTime, { config: { csrf: false } }, async (request, reply) => {
    refuseCrossSite(request);
    const choices = parseChoices(bodyOf(request));
    const held = await holdTime({ choices, ip: request.ip }, deps);
    if (held.ok) return reply.redirect(stepHref(PATHS.bookDetails, held.choices), 303);
    return reply.page(stepPage(await stepView(deps.db, held.step, choices, window(), held.errors), extras(request)));
  });

  app.post(PATHS.bookDetails, async (request, reply) => {
    const body = bodyOf(request);
    const choices = parseChoices(body);
    const values = sentValues(body);
    const again = async (step: BookingStep, errors: FieldErrors, accountRequiredUntil?: string) =>
      reply.page(stepPage(await stepView(deps.db, step, choices, window(), errors), extras(request, { values, accountRequiredUntil })));
    const parsed = request.user ? parseForm(accountDetailsSchema, body) : parseForm(guestDetailsSchema, body);
    if (!parsed.ok) return again('details', parsed.errors);
    const { name, email, telefon, erinnerung } = parsed.data as { name?: string; email?: string; telefon?: string; erinnerung?: 'ja' };
    const outcome = await bookAppointment(
      request.user,
      { choices, contact: { name, email, phone: erinnerung ? normaliseMobileNumber(telefon ?? '') : null }, fields: body, ip: request.ip },
      deps,
    );
    if (!outcome.ok) return again(outcome.step, outcome.errors, outcome.accountRequiredUntil && germanDate(outcome.accountRequiredUntil));
    return reply
      .flash('Ihr Termin ist gebucht. Die Bestätigung mit allen Angaben ist per E-Mail unterwegs.')
      .redirect(PATHS.manage(outcome.booking.secret), 303);
  });
}
