import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../kernel/module';
import type { Crumb } from '../../../kernel/views';
import { PAGE_PATHS } from '../paths';
import { DATED_PAGE, OBJECT_PAGE } from './cache';
import { COUNCIL_CRUMB } from './crumbs';
import { calendarHref, meetingTitle, paperTitle, personName } from './presenters';
import { parseCalendarQuery, rawCalendarValues } from './schemas';
import { browseCalendar } from './use-cases/browse-calendar';
import { councilMap } from './use-cases/council-map';
import { showLanding } from './use-cases/show-landing';
import { showMeeting } from './use-cases/show-meeting';
import { listOrganizations, showOrganization } from './use-cases/show-organizations';
import { showPaper } from './use-cases/show-paper';
import { showPerson } from './use-cases/show-person';
import { CalendarPage } from './views/calendar-page';
import { LandingPage } from './views/landing-page';
import { MapPage } from './views/map-page';
import { MeetingPage } from './views/meeting-page';
import { OrganizationPage, OrganizationsPage } from './views/organization-pages';
import { GonePage } from './views/parts';
import { PaperPage } from './views/paper-page';
import { PersonPage } from './views/person-page';

const HOME: Crumb = { href: '/', label: 'Startseite' };
const CALENDAR: Crumb = { href: PAGE_PATHS.meetings, label: 'Sitzungskalender' };
const GREMIEN: Crumb = { href: PAGE_PATHS.organizations, label: 'Gremien' };

/** The public pages at /rat (README "Pages"); the feeds and documents are in feed-routes.ts. */
export function councilPageRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get(PAGE_PATHS.home, { config: DATED_PAGE }, async (request, reply) => {
    const landing = await showLanding(request.user, deps);
    return reply.page({
      title: 'Ratsinformation',
      breadcrumbs: [HOME],
      head: {
        alternates: [
          { href: PAGE_PATHS.meetingsFeed, type: 'application/atom+xml', title: 'Sitzungen (Atom)' },
          { href: PAGE_PATHS.papersFeed, type: 'application/atom+xml', title: 'Vorlagen (Atom)' },
        ],
      },
      body: <LandingPage landing={landing} townName={deps.config.municipality.name} />,
    });
  });

  app.get(PAGE_PATHS.meetings, { config: DATED_PAGE }, async (request, reply) => {
    const values = rawCalendarValues(request.query);
    const { query, errors: fieldErrors } = parseCalendarQuery(values);
    const result = await browseCalendar(request.user, query, deps);
    if (result.kind === 'beyond-end') return reply.redirect(calendarHref({ ...query, seite: result.lastPage }), 303);
    const errors = fieldErrors || result.errors ? { ...fieldErrors, ...result.errors } : undefined;
    const title = result.view.kind === 'month' ? `Sitzungskalender ${result.view.month.split('-').reverse().join('/')}` : 'Sitzungskalender';
    return reply.page({
      title: result.gremium ? `${title}: ${result.gremium.name}` : title,
      breadcrumbs: [HOME, COUNCIL_CRUMB],
      hasErrors: errors !== undefined,
      head: { alternates: [{ href: PAGE_PATHS.meetingsCalendar, type: 'text/calendar', title: 'Sitzungen (iCal)' }] },
      body: <CalendarPage view={result.view} gremien={result.gremien} gremium={result.gremium} values={values} errors={errors} baseUrl={deps.config.baseUrl} />,
    });
  });

  app.get<{ Params: { id: string } }>(PAGE_PATHS.meeting(':id'), { config: OBJECT_PAGE }, async (request, reply) => {
    const page = await showMeeting(request.user, { id: request.params.id }, deps);
    const title = meetingTitle(page.meeting, page.organizations);
    if (page.kind === 'gone') {
      return reply.page({
        title,
        status: 410,
        breadcrumbs: [HOME, COUNCIL_CRUMB, CALENDAR],
        body: <GonePage title={title} text="Diese Sitzung wurde aus dem Ratsinformationssystem gelöscht." />,
      });
    }
    return reply.page({ title, breadcrumbs: [HOME, COUNCIL_CRUMB, CALENDAR], body: <MeetingPage page={page} title={title} /> });
  });

  app.get<{ Params: { id: string } }>(PAGE_PATHS.paper(':id'), { config: OBJECT_PAGE }, async (request, reply) => {
    const page = await showPaper(request.user, { id: request.params.id }, deps);
    const title = paperTitle(page.paper);
    if (page.kind === 'gone') {
      return reply.page({
        title,
        status: 410,
        breadcrumbs: [HOME, COUNCIL_CRUMB],
        body: <GonePage title={title} text="Diese Vorlage wurde aus dem Ratsinformationssystem gelöscht." />,
      });
    }
    return reply.page({
      title: page.paper.reference ? `${page.paper.reference}: ${title}` : title,
      breadcrumbs: [HOME, COUNCIL_CRUMB],
      body: <PaperPage page={page} />,
    });
  });

  // Dated: a Gremium whose end date passes moves to "Aufgelöste Gremien".
  app.get(PAGE_PATHS.organizations, { config: DATED_PAGE }, async (request, reply) => {
    const groups = await listOrganizations(request.user, deps);
    return reply.page({ title: 'Gremien', breadcrumbs: [HOME, COUNCIL_CRUMB], body: <OrganizationsPage groups={groups} /> });
  });

  app.get<{ Params: { slug: string } }>(PAGE_PATHS.organization(':slug'), { config: DATED_PAGE }, async (request, reply) => {
    const page = await showOrganization(request.user, { slug: request.params.slug }, deps);
    if (page.kind === 'gone') {
      return reply.page({
        title: page.organization.name,
        status: 410,
        breadcrumbs: [HOME, COUNCIL_CRUMB, GREMIEN],
        body: <GonePage title={page.organization.name} text="Dieses Gremium wurde aus dem Ratsinformationssystem gelöscht." />,
      });
    }
    return reply.page({
      title: page.organization.name,
      breadcrumbs: [HOME, COUNCIL_CRUMB, GREMIEN],
      head: { alternates: [{ href: PAGE_PATHS.organizationCalendar(page.organization.slug), type: 'text/calendar', title: 'Sitzungen (iCal)' }] },
      body: <OrganizationPage page={page} />,
    });
  });

  // Dated: memberships end on their day.
  app.get<{ Params: { id: string } }>(PAGE_PATHS.person(':id'), { config: DATED_PAGE }, async (request, reply) => {
    const page = await showPerson(request.user, { id: request.params.id }, deps);
    const name = personName(page.person);
    if (page.kind === 'gone') {
      return reply.page({
        title: name,
        status: 410,
        breadcrumbs: [HOME, COUNCIL_CRUMB, GREMIEN],
        body: <GonePage title={name} text="Diese Person wurde aus dem Ratsinformationssystem gelöscht." />,
      });
    }
    return reply.page({ title: name, breadcrumbs: [HOME, COUNCIL_CRUMB, GREMIEN], body: <PersonPage page={page} /> });
  });

  app.get(PAGE_PATHS.map, { config: OBJECT_PAGE }, async (request, reply) => {
    const places = await councilMap(request.user, deps);
    return reply.page({ title: 'Karte der Ratsinformation', breadcrumbs: [HOME, COUNCIL_CRUMB], body: <MapPage places={places} /> });
  });
}
