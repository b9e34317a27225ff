import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parseForm } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { WORKSPACE_CRUMB } from '../../../kernel/views';
import { PATHS, STAFF_PATHS } from '../paths';
import { linkTables } from './link-sources';
import { MEASURES_CRUMBS, sentValues } from './route-support';
import { measurePartRoutes } from './part-routes';
import { measureFormSchema, measureListQuerySchema, versionSchema } from './schemas';
import { deleteMeasure, measureToDelete } from './use-cases/delete-measure';
import { setMeasurePublished } from './use-cases/publish-measure';
import { listStaffMeasures, showMeasureHistory, showPublicMeasure, showStaffMeasure } from './use-cases/read-measures';
import { changeMeasure, createMeasure } from './use-cases/save-measure';
import { measureForEditForm, openNewMeasureForm } from './use-cases/open-measure-form';
import { MeasureFormPage, measureFormValues, type MeasureFormProps } from './views/measure-form';
import { MeasureListPage } from './views/measure-list';
import { MeasurePage } from './views/measure-page';
import { DeleteMeasurePage, HistoryPage } from './views/other-pages';
import { PublicMeasurePage } from './views/public-measure';

type IdParams = { Params: { id: string } };

/** The cockpit's own tables a measure page shows (its history and risks are not on the public page). */
const MEASURE_TABLES = ['cockpit_measures', 'cockpit_milestones', 'cockpit_measure_links', 'departments'];

/** The measures: the staff section in /verwaltung and the public page of each published one. */
export function measureRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const context = (request: FastifyRequest) => ({ db: deps.db, ip: request.ip });
  const renderForm = (reply: FastifyReply, props: MeasureFormProps, hasErrors: boolean) =>
    reply.page({
      title: props.measure ? 'Maßnahme ändern' : 'Neue Maßnahme',
      breadcrumbs: MEASURES_CRUMBS,
      body: <MeasureFormPage {...props} />,
      hasErrors,
      workspace: true,
    });

  // Milestones are "überfällig" from one day to the next: the cached page lives an hour at most.
  const publicCache = { pageCache: { tables: [...MEASURE_TABLES, ...linkTables(deps.modules)], maxSeconds: 3600 } };
  // PATHS.measure encodes the slug; the route's parameter keeps its colon.
  app.get<{ Params: { slug: string } }>(decodeURIComponent(PATHS.measure(':slug')), { config: publicCache }, async (request, reply) => {
    const detail = await showPublicMeasure(request.params.slug, deps);
    return reply.page({
      title: detail.measure.title,
      breadcrumbs: [
        { href: '/', label: 'Startseite' },
        { href: PATHS.public, label: 'Digitalisierung' },
      ],
      body: <PublicMeasurePage detail={detail} />,
    });
  });

  app.get(STAFF_PATHS.measures, async (request, reply) => {
    const query = measureListQuerySchema.parse(request.query ?? {});
    const list = await listStaffMeasures(request.user, query, deps);
    return reply.page({
      title: 'Maßnahmen der Digitalisierung',
      breadcrumbs: [WORKSPACE_CRUMB],
      body: <MeasureListPage list={list} query={query} />,
      workspace: true,
    });
  });

  app.get(STAFF_PATHS.newMeasure, async (request, reply) => {
    const departments = await openNewMeasureForm(request.user, deps);
    return renderForm(reply, { departments, values: { status: 'planned', fortschritt: '0' } }, false);
  });

  app.post(STAFF_PATHS.newMeasure, async (request, reply) => {
    const departments = await openNewMeasureForm(request.user, deps);
    const parsed = parseForm(measureFormSchema, request.body);
    const outcome = parsed.ok ? await createMeasure(request.user, parsed.data, context(request)) : parsed;
    if (!outcome.ok) return renderForm(reply, { departments, values: sentValues(request.body), errors: outcome.errors }, true);
    reply.flash('Die Maßnahme ist angelegt. Sie ist noch nicht veröffentlicht.');
    return reply.redirect(STAFF_PATHS.measure(outcome.id), 303);
  });

  app.get<IdParams>(STAFF_PATHS.measure(':id'), async (request, reply) => {
    const detail = await showStaffMeasure(request.user, request.params.id, deps);
    return reply.page({ title: detail.measure.title, breadcrumbs: MEASURES_CRUMBS, body: <MeasurePage detail={detail} />, workspace: true });
  });

  app.get<IdParams>(STAFF_PATHS.editMeasure(':id'), async (request, reply) => {
    const { measure, departments } = await measureForEditForm(request.user, request.params.id, deps);
    return renderForm(reply, { measure, departments, values: measureFormValues(measure) }, false);
  });

  app.post<IdParams>(STAFF_PATHS.editMeasure(':id'), async (request, reply) => {
    const { measure, departments } = await measureForEditForm(request.user, request.params.id, deps);
    const parsed = parseForm(measureFormSchema, request.body);
    const { version } = versionSchema.parse(request.body ?? {});
    const outcome = parsed.ok ? await changeMeasure(request.user, measure.id, version, parsed.data, context(request)) : parsed;
    if (!outcome.ok) {
      // A stale form comes back with the person's input and the stored version: saving it again, after the
      // message, is a decision to keep their input.
      const values = { ...sentValues(request.body), ...(outcome.errors.version ? { version: String(measure.version) } : {}) };
      return renderForm(reply, { measure, departments, values, errors: outcome.errors }, true);
    }
    reply.flash('Die Änderungen sind gespeichert.');
    return reply.redirect(STAFF_PATHS.measure(measure.id), 303);
  });

  app.post<IdParams>(STAFF_PATHS.publishMeasure(':id'), async (request, reply) => {
    const published = sentValues(request.body).veroeffentlicht === 'ja';
    await setMeasurePublished(request.user, request.params.id, published, context(request));
    reply.flash(published ? 'Die Maßnahme ist veröffentlicht.' : 'Die Maßnahme ist nicht mehr veröffentlicht.');
    return reply.redirect(STAFF_PATHS.measure(request.params.id), 303);
  });

  app.get<IdParams>(STAFF_PATHS.deleteMeasure(':id'), async (request, reply) => {
    const measure = await measureToDelete(request.user, request.params.id, deps);
    return reply.page({ title: 'Maßnahme löschen', breadcrumbs: MEASURES_CRUMBS, body: <DeleteMeasurePage measure={measure} />, workspace: true });
  });

  app.post<IdParams>(STAFF_PATHS.deleteMeasure(':id'), async (request, reply) => {
    await deleteMeasure(request.user, request.params.id, context(request));
    reply.flash('Die Maßnahme ist gelöscht.');
    return reply.redirect(STAFF_PATHS.measures, 303);
  });

  app.get<IdParams>(STAFF_PATHS.history(':id'), async (request, reply) => {
    const { measure, changes } = await showMeasureHistory(request.user, request.params.id, deps);
    return reply.page({
      title: `Verlauf: ${measure.title}`,
      breadcrumbs: MEASURES_CRUMBS,
      body: <HistoryPage measure={measure} changes={changes} />,
      workspace: true,
    });
  });

  measurePartRoutes(app, deps);
}
