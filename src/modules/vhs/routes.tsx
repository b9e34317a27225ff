import type { FastifyInstance } from 'fastify';
import { moduleSettings } from '../../kernel/config';
import { ICAL_CONTENT_TYPE } from '../../kernel/ical';
import type { ModuleDeps } from '../../kernel/module';
import type { Crumb } from '../../kernel/views';
import { courseCalendar } from './course-calendar';
import { VHS_PATHS } from './paths';
import { catalogueHref } from './presenters';
import { catalogueQuery } from './schemas';
import { institutionSettings } from './settings';
import { courseStructuredData } from './structured-data';
import { browseCourses } from './use-cases/browse-courses';
import { showCourse } from './use-cases/show-course';
import { CataloguePage } from './views/catalogue';
import { CoursePage } from './views/course-page';
import { BookingPanel } from './booking';

const HOME: Crumb = { href: '/', label: 'Startseite' };
const CATALOGUE: Crumb = { href: VHS_PATHS.catalogue, label: 'Volkshochschule' };

/**
 * What the public pages show: anonymous visitors share their renderings until one of these tables
 * changes (ADR 8; a booking changes `vhs_courses.seats_taken`). They also change with the clock
 * (courses start and end, deadlines pass), so a rendering is kept at most five minutes.
 */
export const CATALOGUE_TABLES = ['vhs_courses', 'vhs_sessions', 'vhs_places', 'vhs_programme_areas'];
const CACHED = { pageCache: { tables: CATALOGUE_TABLES, maxSeconds: 300 } };

/** The public course programme: catalogue, course pages and each course's calendar file. */
export function vhsCatalogueRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const institution = () => moduleSettings(deps, institutionSettings).name;

  app.get(VHS_PATHS.catalogue, { config: CACHED }, async (request, reply) => {
    const query = catalogueQuery.parse(request.query ?? {});
    const result = await browseCourses(request.user, query, deps);
    if (result.kind === 'beyond-end') return reply.redirect(catalogueHref({ ...query, seite: result.lastPage }), 303);
    return reply.page({
      title: query.q ? `Suche nach „${query.q}“ – Volkshochschule` : 'Kursprogramm – Volkshochschule',
      breadcrumbs: [HOME],
      hasErrors: result.kind === 'invalid',
      body: <CataloguePage query={query} result={result} institution={institution()} />,
    });
  });

  // `/bildung/vhs/kurse/<slug>` and `<slug>.ics`: slugs contain no dot, so the suffix decides.
  app.get<{ Params: { slug: string } }>(VHS_PATHS.course(':slug'), { config: CACHED }, async (request, reply) => {
    const { slug } = request.params;
    if (slug.endsWith('.ics')) {
      const detail = await showCourse(request.user, { slug: slug.slice(0, -'.ics'.length) }, deps);
      const body = courseCalendar(detail, { baseUrl: deps.config.baseUrl, institution: institution(), now: new Date() });
      return reply
        .header('content-type', ICAL_CONTENT_TYPE)
        .header('content-disposition', `inline; filename="${detail.course.slug}.ics"`)
        .header('cache-control', 'public, max-age=300')
        .send(body);
    }
    const detail = await showCourse(request.user, { slug }, deps);
    const now = new Date();
    return reply.page({
      title: detail.course.title,
      breadcrumbs: [HOME, CATALOGUE],
      head: {
        alternates: [{ href: VHS_PATHS.courseCalendar(slug), type: 'text/calendar', title: 'Termine (iCal)' }],
        structuredData: courseStructuredData(detail, deps.config.baseUrl, institution()),
      },
      body: <CoursePage detail={detail} now={now} bookingPanel={<BookingPanel course={detail.course} now={now} />} />,
    });
  });
}
