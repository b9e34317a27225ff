import type { FastifyInstance, FastifyRequest } from 'fastify';
import { errors, isUuid, parseForm } from '../../../kernel/http';
import { readMultipartForm, rejectionMessage, uploadBytes } from '../../../kernel/files';
import type { ModuleDeps } from '../../../kernel/module';
import { WORKSPACE_CRUMB, type Crumb } from '../../../kernel/views';
import { VHS_STAFF_PATHS } from '../paths';
import { exportProgramme } from '../programme/use-cases/export-programme';
import { cancelSessionSchema, courseListQuerySchema, sessionTimeSchema } from './schemas';
import { cancelSession, publishCourse, rescheduleSession } from './use-cases/change-course';
import { importProgrammeUpload, showImportForm } from './use-cases/import-upload';
import { showCourse, showCourseList } from './use-cases/show-courses';
import { CourseDetailPage } from './views/course-detail';
import { CourseListPage } from './views/course-list';
import { ImportPage } from './views/import-page';
import { SessionPage } from './views/session-form';

const COURSES_CRUMBS: Crumb[] = [WORKSPACE_CRUMB, { href: VHS_STAFF_PATHS.courses, label: 'VHS-Kurse' }];
const IMPORT_LIMITS = { maxFileBytes: 5 * 1024 * 1024, maxFiles: 1 };

type WithIds = { Params: { id: string; sessionId?: string } };

function ids(request: FastifyRequest<WithIds>): { id: string; sessionId: string } {
  const { id, sessionId = '' } = request.params;
  if (!isUuid(id) || (request.params.sessionId !== undefined && !isUuid(sessionId))) throw errors.notFound('Der Kurs');
  return { id, sessionId };
}

async function sessionPage(request: FastifyRequest<WithIds>, deps: Pick<ModuleDeps, 'db'>) {
  const { id, sessionId } = ids(request);
  const course = await showCourse(request.user, { id }, deps);
  const session = course.sessions.find((candidate) => candidate.id === sessionId);
  if (!session) throw errors.notFound('Der Termin');
  return { course, session, crumbs: [...COURSES_CRUMBS, { href: VHS_STAFF_PATHS.course(id), label: course.course.number }] };
}

/** How many booked participants a session's change reached, for the flash after saving. */
const toldNote = (count: number) =>
  count === 0
    ? 'Es gibt keine gebuchten Teilnehmenden zu benachrichtigen.'
    : `${count === 1 ? '1 teilnehmende Person wurde' : `${count} Teilnehmende wurden`} per E-Mail benachrichtigt.`;

/** The staff section "VHS-Kurse" in /verwaltung: course list, course and session pages, import and export. */
export function registerStaffRoutes(app: FastifyInstance, deps: Pick<ModuleDeps, 'db' | 'config'>): void {
  app.get(VHS_STAFF_PATHS.courses, async (request, reply) => {
    const query = courseListQuerySchema.parse(request.query ?? {});
    const list = await showCourseList(request.user, query, deps);
    return reply.page({
      title: 'Kurse der Volkshochschule',
      breadcrumbs: [WORKSPACE_CRUMB],
      workspace: true,
      body: <CourseListPage list={list} query={query} />,
    });
  });

  app.get<WithIds>(VHS_STAFF_PATHS.course(':id'), async (request, reply) => {
    const course = await showCourse(request.user, ids(request), deps);
    return reply.page({
      title: `${course.course.number} ${course.course.title}`,
      breadcrumbs: COURSES_CRUMBS,
      workspace: true,
      body: <CourseDetailPage course={course} />,
    });
  });

  app.post<WithIds>(VHS_STAFF_PATHS.publish(':id'), async (request, reply) => {
    const { id } = ids(request);
    const published = await publishCourse(request.user, { id, ip: request.ip }, deps);
    reply.flash(published ? 'Der Kurs ist veröffentlicht.' : 'Der Kurs war kein Entwurf mehr; nichts wurde geändert.');
    return reply.redirect(VHS_STAFF_PATHS.course(id), 303);
  });

  app.get<WithIds>(VHS_STAFF_PATHS.session(':id', ':sessionId'), async (request, reply) => {
    const { course, session, crumbs } = await sessionPage(request, deps);
    return reply.page({ title: 'Termin ändern', breadcrumbs: crumbs, workspace: true, body: <SessionPage course={course} session={session} /> });
  });

  app.post<WithIds>(VHS_STAFF_PATHS.session(':id', ':sessionId'), async (request, reply) => {
    const { id, sessionId } = ids(request);
    const parsed = parseForm(sessionTimeSchema, request.body);
    const outcome = parsed.ok ? await rescheduleSession(request.user, { id, sessionId, ...parsed.data, ip: request.ip }, deps) : parsed;
    if (outcome.ok) {
      reply.flash(`Der Termin ist gespeichert.${outcome.notified > 0 ? ` ${toldNote(outcome.notified)}` : ''}`);
      return reply.redirect(VHS_STAFF_PATHS.course(id), 303);
    }
    const { course, session, crumbs } = await sessionPage(request, deps);
    const values = parsed.ok ? undefined : parsed.values;
    return reply.page({
      title: 'Termin ändern',
      breadcrumbs: crumbs,
      workspace: true,
      hasErrors: true,
      body: <SessionPage course={course} session={session} errors={outcome.errors} values={values} />,
    });
  });

  app.post<WithIds>(VHS_STAFF_PATHS.cancelSession(':id', ':sessionId'), async (request, reply) => {
    const { id, sessionId } = ids(request);
    const parsed = parseForm(cancelSessionSchema, request.body);
    if (!parsed.ok) {
      const { course, session, crumbs } = await sessionPage(request, deps);
      return reply.page({
        title: 'Termin ändern',
        breadcrumbs: crumbs,
        workspace: true,
        hasErrors: true,
        body: <SessionPage course={course} session={session} errors={parsed.errors} />,
      });
    }
    const cancelled = await cancelSession(request.user, { id, sessionId, reason: parsed.data.reason, ip: request.ip }, deps);
    reply.flash(
      cancelled ? `Der Termin ist abgesagt. ${toldNote(cancelled.notified)}` : 'Der Termin war bereits abgesagt. Niemand wurde erneut benachrichtigt.',
    );
    return reply.redirect(VHS_STAFF_PATHS.course(id), 303);
  });

  app.get(VHS_STAFF_PATHS.import, async (request, reply) => {
    showImportForm(request.user);
    return reply.page({ title: 'Kursprogramm importieren', breadcrumbs: COURSES_CRUMBS, workspace: true, body: <ImportPage /> });
  });

  app.post(VHS_STAFF_PATHS.import, { config: { uploadLimits: IMPORT_LIMITS } }, async (request, reply) => {
    showImportForm(request.user); // before the file is read: nobody else's upload reaches the file store
    const form = await readMultipartForm(request);
    const uploaded = form.files.find((file) => file.fieldName === 'file');
    const rejected = form.rejected[0];
    const file = uploaded ? { filename: uploaded.filename, bytes: await uploadBytes(request, uploaded) } : undefined;
    const outcome = await importProgrammeUpload(request.user, { file, rejection: rejected ? rejectionMessage(rejected) : undefined, ip: request.ip }, deps);
    if (!outcome.ok) {
      return reply.page({
        title: 'Kursprogramm importieren',
        breadcrumbs: COURSES_CRUMBS,
        workspace: true,
        hasErrors: true,
        body: <ImportPage errors={{ file: outcome.message }} problems={outcome.problems} />,
      });
    }
    const { summary } = outcome;
    reply.flash(
      [
        `Importiert: ${summary.created} Kurse angelegt, ${summary.updated} geändert. Termine: ${summary.sessionsAdded} neu, ${summary.sessionsChanged} geändert, ${summary.sessionsRemoved} entfernt.`,
        ...(summary.promoted > 0 ? [`Von der Warteliste nachgerückt: ${summary.promoted} (per E-Mail benachrichtigt).`] : []),
        ...summary.notes,
      ].join(' '),
    );
    return reply.redirect(VHS_STAFF_PATHS.courses, 303);
  });

  app.get(VHS_STAFF_PATHS.export, async (request, reply) => {
    const programme = await exportProgramme(request.user, {}, deps);
    return reply
      .header('content-disposition', 'attachment; filename="vhs-programm.json"')
      .header('cache-control', 'no-store')
      .type('application/json; charset=utf-8')
      .send(JSON.stringify(programme, null, 2));
  });
}
