import type { FastifyInstance, FastifyRequest } from 'fastify';
import { formatFileSize, readMultipartForm, rejectionMessage, type MultipartLimits } from '../../../kernel/files';
import { parseForm, refuse, type FieldErrors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import type { Crumb } from '../../../kernel/views';
import { requireLogin, signedIn } from '../../accounts';
import { BOOKING_PATHS } from './paths';
import { bookingFormSchema, bookingRequestOf, paymentChoiceSchema } from './schemas';
import { checkFeePayment, feeProviders, startFeePayment } from './use-cases/pay-fee';
import { bookCourse } from './use-cases/book-course';
import { cancelBooking, whyNotCancellable } from './use-cases/cancel-booking';
import { listMyBookings, showMyBooking } from './use-cases/my-bookings';
import { openBookingForm } from './use-cases/open-booking-form';
import { requestReduction } from './use-cases/request-reduction';
import { certificateAvailable, renderCertificate } from './use-cases/render-certificate';
import { BookingFormPage, type BookingFormState } from './views/booking-form';
import { BookingClosedPage } from './views/booking-closed';
import { CancelBookingPage, MyBookingPage } from './views/my-booking';
import { MyBookingsPage } from './views/my-bookings';

const MINE_CRUMBS: Crumb[] = [
  { href: '/', label: 'Startseite' },
  { href: '/konto', label: 'Mein Konto' },
  { href: BOOKING_PATHS.mineList, label: 'Meine Kurse' },
];

/** Personal pages are never stored by caches. */
const PRIVATE = 'private, no-store';

type SlugRequest = FastifyRequest<{ Params: { slug: string } }>;
type IdRequest = FastifyRequest<{ Params: { id: string } }>;

/** Booking a course (login required: guests log in and come back) and "Meine Kurse" in the account. */
export function registerCitizenBookingRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const guarded = { preHandler: requireLogin };

  async function showForm(request: SlugRequest, form: BookingFormState, status = 200) {
    const actor = signedIn(request);
    const { course, closed } = await openBookingForm(actor, { slug: request.params.slug }, deps);
    const body = closed ? (
      <BookingClosedPage course={course} reason={closed} />
    ) : (
      <BookingFormPage course={course} bookerName={actor.displayName} form={form} />
    );
    return { status, page: { title: `${course.title} buchen`, hasErrors: Boolean(form.errors), body } };
  }

  app.get(BOOKING_PATHS.book(':slug'), guarded, async (request: SlugRequest, reply) => {
    const { page } = await showForm(request, {});
    return reply.header('cache-control', PRIVATE).page(page);
  });

  app.post(BOOKING_PATHS.book(':slug'), guarded, async (request: SlugRequest, reply) => {
    const parsed = parseForm(bookingFormSchema, request.body);
    if (!parsed.ok) {
      const { page } = await showForm(request, { values: parsed.values, errors: parsed.errors });
      return reply.code(400).page(page);
    }
    const outcome = await bookCourse(signedIn(request), bookingRequestOf(request.params.slug, parsed.data), deps);
    if (outcome.ok) {
      const note =
        outcome.booking.state === 'booked'
          ? 'Ihre Buchung ist verbindlich. Wir haben Ihnen eine Bestätigung geschickt.'
          : 'Sie stehen auf der Warteliste. Wir haben Ihnen eine Bestätigung geschickt.';
      return reply.flash(note).redirect(BOOKING_PATHS.mine(outcome.booking.id), 303);
    }
    const values = Object.fromEntries(Object.entries(parsed.data).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    const { page } = await showForm(request, { values, errors: outcome.errors, offerWaitlist: outcome.refusal === 'full' });
    return reply.code(400).page(page);
  });

  app.get(BOOKING_PATHS.mineList, guarded, async (request, reply) => {
    const bookings = await listMyBookings(signedIn(request), deps);
    return reply
      .header('cache-control', PRIVATE)
      .page({ title: 'Meine Kurse', breadcrumbs: MINE_CRUMBS.slice(0, 2), body: <MyBookingsPage bookings={bookings} /> });
  });

  const proofLimits: MultipartLimits = { maxFileBytes: deps.config.uploads.maxBytes, maxFiles: 1 };
  const uploadHint = `PDF, JPEG oder PNG, höchstens ${formatFileSize(proofLimits.maxFileBytes)}.`;

  /** The booking page, also shown again with the reduction form's error (400). */
  async function showBooking(request: IdRequest, errors?: FieldErrors) {
    const found = await showMyBooking(signedIn(request), { bookingId: request.params.id }, deps);
    const now = new Date();
    const view = {
      found,
      cancelProblem: whyNotCancellable(found.booking, found.course, now),
      certificate: certificateAvailable(found, now),
      providers: feeProviders(deps),
      uploadHint,
      errors,
    };
    return { title: `Buchung ${found.booking.reference}`, hasErrors: Boolean(errors), breadcrumbs: MINE_CRUMBS, body: <MyBookingPage {...view} /> };
  }

  app.get(BOOKING_PATHS.mine(':id'), guarded, async (request: IdRequest, reply) => reply.header('cache-control', PRIVATE).page(await showBooking(request)));

  app.post<{ Params: { id: string } }>(BOOKING_PATHS.mineReduction(':id'), { ...guarded, config: { uploadLimits: proofLimits } }, async (request, reply) => {
    const form = await readMultipartForm(request, proofLimits);
    const rejected = form.rejected[0];
    const outcome = rejected
      ? refuse({ nachweis: rejectionMessage(rejected, proofLimits) })
      : await requestReduction(
          signedIn(request),
          { bookingId: request.params.id, proof: form.files.find((file) => file.fieldName === 'nachweis'), maxBytes: proofLimits.maxFileBytes },
          deps,
        );
    if (outcome.ok) return reply.flash('Ihr Nachweis ist eingegangen. Die Volkshochschule prüft ihn.').redirect(BOOKING_PATHS.mine(request.params.id), 303);
    return reply.code(400).page(await showBooking(request, outcome.errors));
  });

  app.post<{ Params: { id: string } }>(BOOKING_PATHS.minePay(':id'), guarded, async (request, reply) => {
    const parsed = parseForm(paymentChoiceSchema, request.body);
    if (!parsed.ok) return reply.code(400).page(await showBooking(request, parsed.errors));
    const { redirectUrl } = await startFeePayment(signedIn(request), { bookingId: request.params.id, providerId: parsed.data.zahlart }, deps);
    return reply.redirect(redirectUrl, 303);
  });

  app.get(BOOKING_PATHS.minePaymentReturn(':id'), guarded, async (request: IdRequest, reply) => {
    const booking = await checkFeePayment(signedIn(request), { bookingId: request.params.id }, deps);
    const note = {
      paid: 'Vielen Dank: die Kursgebühr ist bezahlt.',
      failed: 'Die Zahlung hat nicht geklappt.',
      cancelled: 'Die Zahlung wurde abgebrochen.',
      open: 'Die Zahlung ist noch nicht bestätigt.',
    };
    return reply.flash(note[booking.paymentState ?? 'open']).redirect(`${BOOKING_PATHS.mine(booking.id)}#zahlung`, 303);
  });

  app.get(BOOKING_PATHS.mineCertificate(':id'), guarded, async (request: IdRequest, reply) => {
    const certificate = await renderCertificate(signedIn(request), { bookingId: request.params.id }, deps);
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="${certificate.filename}"`)
      .header('cache-control', PRIVATE)
      .send(certificate.bytes);
  });

  app.get(BOOKING_PATHS.mineCancel(':id'), guarded, async (request: IdRequest, reply) => {
    const found = await showMyBooking(signedIn(request), { bookingId: request.params.id }, deps);
    const problem = whyNotCancellable(found.booking, found.course, new Date());
    if (problem) return reply.flash(problem).redirect(BOOKING_PATHS.mine(found.booking.id), 303);
    return reply.header('cache-control', PRIVATE).page({ title: 'Buchung stornieren', breadcrumbs: MINE_CRUMBS, body: <CancelBookingPage found={found} /> });
  });

  app.post(BOOKING_PATHS.mineCancel(':id'), guarded, async (request: IdRequest, reply) => {
    const actor = signedIn(request);
    const outcome = await cancelBooking(actor, { bookingId: request.params.id, ip: request.ip }, deps);
    if (outcome.ok) return reply.flash('Die Buchung ist storniert. Wir haben Ihnen eine Bestätigung geschickt.').redirect(BOOKING_PATHS.mineList, 303);
    const found = await showMyBooking(actor, { bookingId: request.params.id }, deps);
    return reply
      .code(400)
      .page({ title: 'Buchung stornieren', hasErrors: true, breadcrumbs: MINE_CRUMBS, body: <CancelBookingPage found={found} errors={outcome.errors} /> });
  });
}
