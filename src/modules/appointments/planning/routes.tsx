import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FieldErrors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { WORKSPACE_CRUMB, type Crumb } from '../../../kernel/views';
import { STAFF_PATHS } from '../paths';
import { addClosure } from './use-cases/add-closure';
import { liftClosure, showClosures } from './use-cases/closures';
import { openCounterForm, saveCounter } from './use-cases/counters';
import { openHoursForm, openWavesForm, saveHours, saveWaves } from './use-cases/hours-and-waves';
import { openLocationForm, saveLocation, showLocation, showPlanning } from './use-cases/locations';
import { openServiceForm, saveService, showServices } from './use-cases/services';
import { ClosuresPage } from './views/closures-page';
import { CounterFormPage } from './views/counter-form';
import { HoursFormPage, WavesFormPage } from './views/hours-form';
import { LocationFormPage } from './views/location-form';
import { LocationPage, PlanningPage } from './views/planning-pages';
import { hoursSavedNote } from './views/plan-presenters';
import { ServiceFormPage, ServicesPage } from './views/service-pages';

const PLANNING_CRUMBS: Crumb[] = [WORKSPACE_CRUMB, { href: STAFF_PATHS.planning, label: 'Terminplanung' }];
const SERVICE_CRUMBS: Crumb[] = [WORKSPACE_CRUMB, { href: STAFF_PATHS.planningServices, label: 'Dienstleistungen' }];
const locationCrumbs = (location: { id: string; name: string }): Crumb[] => [
  ...PLANNING_CRUMBS,
  { href: STAFF_PATHS.planningLocation(location.id), label: location.name },
];

type WithId = FastifyRequest<{ Params: { id: string } }>;
type WithCounter = FastifyRequest<{ Params: { id: string; counterId: string } }>;
const formValues = (body: unknown): Record<string, string> =>
  Object.fromEntries(Object.entries((body ?? {}) as Record<string, unknown>).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));

/** Slot planning in /verwaltung (issue 14, point 4): locations, counters, opening hours, release waves, services, closures. */
export function registerPlanningRoutes(app: FastifyInstance, deps: Pick<ModuleDeps, 'db' | 'config'>): void {
  app.get(STAFF_PATHS.planning, async (request, reply) => {
    const page = await showPlanning(request.user, deps);
    return reply.page({ title: 'Terminplanung', breadcrumbs: [WORKSPACE_CRUMB], workspace: true, body: <PlanningPage {...page} /> });
  });

  app.get(STAFF_PATHS.planningLocation(':id'), async (request: WithId, reply) => {
    const page = await showLocation(request.user, { id: request.params.id }, deps);
    return reply.page({ title: page.location.name, breadcrumbs: PLANNING_CRUMBS, workspace: true, body: <LocationPage {...page} /> });
  });

  async function locationForm(request: FastifyRequest, reply: FastifyReply, id: string | undefined, errors?: FieldErrors) {
    const page = await openLocationForm(request.user, { id }, deps);
    return reply.page({
      title: page.location ? `${page.location.name} bearbeiten` : 'Standort anlegen',
      breadcrumbs: page.location ? locationCrumbs(page.location) : PLANNING_CRUMBS,
      workspace: true,
      hasErrors: errors !== undefined,
      body: <LocationFormPage {...page} values={errors ? formValues(request.body) : undefined} errors={errors} />,
    });
  }
  async function postLocation(request: FastifyRequest, reply: FastifyReply, id: string | undefined) {
    const saved = await saveLocation(request.user, { id, body: request.body, ip: request.ip }, deps);
    if (!saved.ok) return locationForm(request, reply, id, saved.errors);
    reply.flash('Der Standort ist gespeichert.');
    return reply.redirect(STAFF_PATHS.planningLocation(saved.id), 303);
  }
  app.get(STAFF_PATHS.planningNewLocation, (request, reply) => locationForm(request, reply, undefined));
  app.post(STAFF_PATHS.planningNewLocation, (request, reply) => postLocation(request, reply, undefined));
  app.get(STAFF_PATHS.planningLocationEdit(':id'), (request: WithId, reply) => locationForm(request, reply, request.params.id));
  app.post(STAFF_PATHS.planningLocationEdit(':id'), (request: WithId, reply) => postLocation(request, reply, request.params.id));

  async function counterForm(request: FastifyRequest, reply: FastifyReply, ids: { locationId: string; counterId: string | undefined }, errors?: FieldErrors) {
    const page = await openCounterForm(request.user, ids, deps);
    const body = formValues(request.body);
    const ticked = (request.body as Record<string, unknown> | undefined)?.services;
    const values = errors
      ? { ...body, services: (Array.isArray(ticked) ? ticked : [ticked]).filter((value): value is string => typeof value === 'string') }
      : undefined;
    return reply.page({
      title: page.counter ? page.counter.name : 'Platz hinzufügen',
      breadcrumbs: locationCrumbs(page.location),
      workspace: true,
      hasErrors: errors !== undefined,
      body: <CounterFormPage {...page} values={values} errors={errors} />,
    });
  }
  async function postCounter(request: FastifyRequest, reply: FastifyReply, ids: { locationId: string; counterId: string | undefined }) {
    const saved = await saveCounter(request.user, { ...ids, body: request.body, ip: request.ip }, deps);
    if (!saved.ok) return counterForm(request, reply, ids, saved.errors);
    reply.flash('Der Platz ist gespeichert.');
    return reply.redirect(STAFF_PATHS.planningLocation(ids.locationId), 303);
  }
  app.get(STAFF_PATHS.planningNewCounter(':id'), (request: WithId, reply) =>
    counterForm(request, reply, { locationId: request.params.id, counterId: undefined }),
  );
  app.post(STAFF_PATHS.planningNewCounter(':id'), (request: WithId, reply) =>
    postCounter(request, reply, { locationId: request.params.id, counterId: undefined }),
  );
  app.get(STAFF_PATHS.planningCounter(':id', ':counterId'), (request: WithCounter, reply) =>
    counterForm(request, reply, { locationId: request.params.id, counterId: request.params.counterId }),
  );
  app.post(STAFF_PATHS.planningCounter(':id', ':counterId'), (request: WithCounter, reply) =>
    postCounter(request, reply, { locationId: request.params.id, counterId: request.params.counterId }),
  );

  async function hoursForm(request: WithId, reply: FastifyReply, errors?: FieldErrors) {
    const page = await openHoursForm(request.user, { locationId: request.params.id }, deps);
    return reply.page({
      title: `Öffnungszeiten (${page.location.name})`,
      breadcrumbs: locationCrumbs(page.location),
      workspace: true,
      hasErrors: errors !== undefined,
      body: <HoursFormPage {...page} values={errors ? formValues(request.body) : undefined} errors={errors} />,
    });
  }
  app.get(STAFF_PATHS.planningHours(':id'), (request: WithId, reply) => hoursForm(request, reply));
  app.post(STAFF_PATHS.planningHours(':id'), async (request: WithId, reply) => {
    const saved = await saveHours(request.user, { locationId: request.params.id, body: request.body, ip: request.ip }, deps);
    if (!saved.ok) return hoursForm(request, reply, saved.errors);
    reply.flash(hoursSavedNote(saved.outsideHours));
    return reply.redirect(STAFF_PATHS.planningLocation(request.params.id), 303);
  });

  async function wavesForm(request: WithId, reply: FastifyReply, errors?: FieldErrors) {
    const page = await openWavesForm(request.user, { locationId: request.params.id }, deps);
    return reply.page({
      title: `Freigabewellen (${page.location.name})`,
      breadcrumbs: locationCrumbs(page.location),
      workspace: true,
      hasErrors: errors !== undefined,
      body: <WavesFormPage {...page} values={errors ? formValues(request.body) : undefined} errors={errors} />,
    });
  }
  app.get(STAFF_PATHS.planningWaves(':id'), (request: WithId, reply) => wavesForm(request, reply));
  app.post(STAFF_PATHS.planningWaves(':id'), async (request: WithId, reply) => {
    const saved = await saveWaves(request.user, { locationId: request.params.id, body: request.body, ip: request.ip }, deps);
    if (!saved.ok) return wavesForm(request, reply, saved.errors);
    reply.flash('Die Freigabewellen sind gespeichert.');
    return reply.redirect(STAFF_PATHS.planningLocation(request.params.id), 303);
  });

  app.get(STAFF_PATHS.planningServices, async (request, reply) => {
    const page = await showServices(request.user, deps);
    return reply.page({ title: 'Dienstleistungen', breadcrumbs: PLANNING_CRUMBS, workspace: true, body: <ServicesPage {...page} /> });
  });
  async function serviceForm(request: FastifyRequest, reply: FastifyReply, id: string | undefined, errors?: FieldErrors) {
    const page = await openServiceForm(request.user, { id }, deps);
    return reply.page({
      title: page.service ? `${page.service.name} bearbeiten` : 'Dienstleistung anlegen',
      breadcrumbs: SERVICE_CRUMBS,
      workspace: true,
      hasErrors: errors !== undefined,
      body: <ServiceFormPage {...page} values={errors ? formValues(request.body) : undefined} errors={errors} />,
    });
  }
  async function postService(request: FastifyRequest, reply: FastifyReply, id: string | undefined) {
    const saved = await saveService(request.user, { id, body: request.body, ip: request.ip }, deps);
    if (!saved.ok) return serviceForm(request, reply, id, saved.errors);
    reply.flash('Die Dienstleistung ist gespeichert.');
    return reply.redirect(STAFF_PATHS.planningServices, 303);
  }
  app.get(STAFF_PATHS.planningNewService, (request, reply) => serviceForm(request, reply, undefined));
  app.post(STAFF_PATHS.planningNewService, (request, reply) => postService(request, reply, undefined));
  app.get(STAFF_PATHS.planningService(':id'), (request: WithId, reply) => serviceForm(request, reply, request.params.id));
  app.post(STAFF_PATHS.planningService(':id'), (request: WithId, reply) => postService(request, reply, request.params.id));

  app.get(STAFF_PATHS.planningClosures, async (request, reply) => {
    const page = await showClosures(request.user, deps);
    return reply.page({ title: 'Schließtage', breadcrumbs: PLANNING_CRUMBS, workspace: true, body: <ClosuresPage {...page} /> });
  });
  app.post(STAFF_PATHS.planningClosures, async (request, reply) => {
    const outcome = await addClosure(request.user, { body: request.body, ip: request.ip }, deps);
    if (outcome.ok) {
      reply.flash(
        outcome.cancelled === 0
          ? 'Der Schließtag ist eingetragen.'
          : `Der Schließtag ist eingetragen. ${outcome.cancelled === 1 ? '1 Termin ist' : `${outcome.cancelled} Termine sind`} abgesagt; ${outcome.mailed === 1 ? '1 Person bekommt' : `${outcome.mailed} Personen bekommen`} eine E-Mail mit dem Link für einen neuen Termin.`,
      );
      return reply.redirect(STAFF_PATHS.planningClosures, 303);
    }
    const page = await showClosures(request.user, deps);
    const values = formValues(request.body);
    return reply.page({
      title: 'Schließtage',
      breadcrumbs: PLANNING_CRUMBS,
      workspace: true,
      hasErrors: outcome.errors !== undefined,
      body: <ClosuresPage {...page} values={values} errors={outcome.errors} confirm={outcome.errors ? undefined : outcome.confirm} />,
    });
  });
  app.post(STAFF_PATHS.planningClosureDelete(':id'), async (request: WithId, reply) => {
    const lifted = await liftClosure(request.user, { id: request.params.id, ip: request.ip }, deps);
    reply.flash(`Der Schließtag „${lifted.reason}“ ist aufgehoben; seine Zeiten sind wieder buchbar.`);
    return reply.redirect(STAFF_PATHS.planningClosures, 303);
  });
}
