import type { FastifyInstance, FastifyRequest } from 'fastify';
import { parseForm, type FieldErrors } from '../../../kernel/http';
import { sendFile } from '../../../kernel/files';
import type { ModuleDeps } from '../../../kernel/module';
import { WORKSPACE_CRUMB, type Crumb } from '../../../kernel/views';
import { BOOKING_PATHS } from './paths';
import { attendanceSchema, cancelCourseSchema, reductionDecisionSchema } from './schemas';
import { decideReduction } from './use-cases/decide-reduction';
import { markFeePaid } from './use-cases/pay-fee';
import { openReductionProof } from './use-cases/open-reduction-proof';
import { cancelCourse } from './use-cases/cancel-course';
import { recordAttendance } from './use-cases/record-attendance';
import { listRefunds, settleRefund, showRefund } from './use-cases/staff-refunds';
import { listCoursesForStaff, participantsCsv, showCourseParticipants, type CourseParticipants } from './use-cases/staff-participants';
import { CancelCoursePage } from './views/cancel-course';
import { StaffCoursePage } from './views/staff-course';
import { StaffCoursesPage } from './views/staff-courses';
import { SettleRefundPage, StaffRefundsPage } from './views/staff-refunds';

const LIST_CRUMBS: Crumb[] = [WORKSPACE_CRUMB, { href: BOOKING_PATHS.staffList, label: 'Teilnehmende' }];
const REFUND_CRUMBS: Crumb[] = [WORKSPACE_CRUMB, { href: BOOKING_PATHS.staffRefunds, label: 'Erstattungen' }];

type CourseRequest = FastifyRequest<{ Params: { courseId: string } }>;
type RefundRequest = FastifyRequest<{ Params: { refundId: string } }>;

/** The participants section of /verwaltung (permission vhs.manage): lists, CSV, attendance, calling a course off. */
export function registerStaffBookingRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get(BOOKING_PATHS.staffList, async (request, reply) => {
    const courses = await listCoursesForStaff(request.user, deps);
    return reply.page({ title: 'Teilnehmende', breadcrumbs: [WORKSPACE_CRUMB], workspace: true, body: <StaffCoursesPage courses={courses} /> });
  });

  app.get(BOOKING_PATHS.staffCourse(':courseId'), async (request: CourseRequest, reply) => {
    const list = await showCourseParticipants(request.user, { courseId: request.params.courseId }, deps);
    return reply
      .header('cache-control', 'private, no-store')
      .page({ title: list.course.title, breadcrumbs: LIST_CRUMBS, workspace: true, body: <StaffCoursePage list={list} /> });
  });

  app.get(BOOKING_PATHS.staffCsv(':courseId'), async (request: CourseRequest, reply) => {
    const list = await showCourseParticipants(request.user, { courseId: request.params.courseId }, deps);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="teilnehmende-${list.course.number.replace(/[^A-Za-z0-9-]/g, '_')}.csv"`)
      .header('cache-control', 'private, no-store')
      .send(participantsCsv(list));
  });

  app.post(BOOKING_PATHS.staffAttendance(':courseId'), async (request: CourseRequest, reply) => {
    const parsed = parseForm(attendanceSchema, request.body);
    const present = parsed.ok ? parsed.data.anwesend : [];
    const result = await recordAttendance(request.user, { courseId: request.params.courseId, present, ip: request.ip }, deps);
    return reply.flash(`Anwesenheit gespeichert (${result.present} Häkchen).`).redirect(BOOKING_PATHS.staffCourse(request.params.courseId), 303);
  });

  app.get<{ Params: { courseId: string; bookingId: string } }>(BOOKING_PATHS.staffProof(':courseId', ':bookingId'), async (request, reply) => {
    const proof = await openReductionProof(request.user, request.params, deps);
    return sendFile(reply, { contentType: proof.contentType, filename: proof.filename }, proof.body);
  });

  app.post<{ Params: { courseId: string; bookingId: string } }>(BOOKING_PATHS.staffReduction(':courseId', ':bookingId'), async (request, reply) => {
    const parsed = parseForm(reductionDecisionSchema, request.body);
    const { courseId, bookingId } = request.params;
    if (!parsed.ok) return reply.flash('Bitte wählen Sie „Gewähren“ oder „Ablehnen“.').redirect(BOOKING_PATHS.staffCourse(courseId), 303);
    const grant = parsed.data.entscheidung === 'gewaehrt';
    const decided = await decideReduction(request.user, { courseId, bookingId, grant, ip: request.ip }, deps);
    const note = !decided
      ? 'Über diese Ermäßigung war schon entschieden.'
      : grant
        ? 'Die Ermäßigung ist gewährt; die Gebühr ist angepasst.'
        : 'Die Ermäßigung ist abgelehnt.';
    return reply.flash(note).redirect(BOOKING_PATHS.staffCourse(courseId), 303);
  });

  app.post<{ Params: { courseId: string; bookingId: string } }>(BOOKING_PATHS.staffMarkPaid(':courseId', ':bookingId'), async (request, reply) => {
    const { courseId, bookingId } = request.params;
    const marked = await markFeePaid(request.user, { courseId, bookingId, ip: request.ip }, deps);
    return reply
      .flash(marked ? 'Die Zahlung ist als eingegangen vermerkt.' : 'Diese Zahlung war nicht mehr offen.')
      .redirect(BOOKING_PATHS.staffCourse(courseId), 303);
  });

  /** The cancel-course page in its states: asking for the reason, the reason refused (400), or the confirmation step. */
  const cancelPage = (list: CourseParticipants, state: { reason?: string; errors?: FieldErrors; confirm?: boolean }) => ({
    title: 'Kurs absagen',
    hasErrors: Boolean(state.errors),
    breadcrumbs: LIST_CRUMBS,
    workspace: true,
    body: <CancelCoursePage list={list} reason={state.reason} errors={state.errors} confirm={state.confirm ?? false} />,
  });

  app.get(BOOKING_PATHS.staffCancelCourse(':courseId'), async (request: CourseRequest, reply) => {
    const list = await showCourseParticipants(request.user, { courseId: request.params.courseId }, deps);
    return reply.page(cancelPage(list, {}));
  });

  app.post(BOOKING_PATHS.staffCancelCourse(':courseId'), async (request: CourseRequest, reply) => {
    const { courseId } = request.params;
    const list = await showCourseParticipants(request.user, { courseId }, deps);
    const parsed = parseForm(cancelCourseSchema, request.body);
    if (!parsed.ok) return reply.code(400).page(cancelPage(list, { reason: parsed.values.grund, errors: parsed.errors }));
    if (!parsed.data.bestaetigt) return reply.page(cancelPage(list, { reason: parsed.data.grund, confirm: true }));
    const outcome = await cancelCourse(request.user, { courseId, reason: parsed.data.grund, ip: request.ip }, deps);
    if (!outcome.ok) return reply.code(400).page(cancelPage(list, { reason: parsed.data.grund, errors: outcome.errors }));
    const refunds =
      outcome.refunds === 0
        ? ''
        : ` ${outcome.refunds === 1 ? '1 bezahlte Gebühr ist' : `${outcome.refunds} bezahlte Gebühren sind`} unter „Erstattungen“ zum Überweisen vorgemerkt.`;
    return reply
      .flash(`Der Kurs ist abgesagt. ${outcome.notified} Personen wurden per E-Mail benachrichtigt.${refunds}`)
      .redirect(BOOKING_PATHS.staffCourse(courseId), 303);
  });

  app.get(BOOKING_PATHS.staffRefunds, async (request, reply) => {
    const refunds = await listRefunds(request.user, deps);
    return reply
      .header('cache-control', 'private, no-store')
      .page({ title: 'Erstattungen', breadcrumbs: [WORKSPACE_CRUMB], workspace: true, body: <StaffRefundsPage {...refunds} /> });
  });

  app.get(BOOKING_PATHS.staffRefund(':refundId'), async (request: RefundRequest, reply) => {
    const row = await showRefund(request.user, { refundId: request.params.refundId }, deps);
    return reply
      .header('cache-control', 'private, no-store')
      .page({ title: `Erstattung ${row.refund.reference}`, breadcrumbs: REFUND_CRUMBS, workspace: true, body: <SettleRefundPage row={row} /> });
  });

  app.post(BOOKING_PATHS.staffRefund(':refundId'), async (request: RefundRequest, reply) => {
    const settled = await settleRefund(request.user, { refundId: request.params.refundId, ip: request.ip }, deps);
    return reply
      .flash(settled ? 'Die Erstattung ist als überwiesen vermerkt. Die Person bekommt eine E-Mail.' : 'Diese Erstattung war bereits als überwiesen vermerkt.')
      .redirect(BOOKING_PATHS.staffRefunds, 303);
  });
}
