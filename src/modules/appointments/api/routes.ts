import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authenticateApiToken, type ApiClient } from '../../../kernel/auth';
import { AppError, errors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { displayData } from '../display/display-data';
import { bookingsOfDay, countersOf } from '../office/repository';
import { planDaySchema } from '../office/schemas';
import { API_PATHS, pattern } from '../paths';
import { bookingForClient, locationForClient, locationsForClient } from './access';
import { checkInByReference } from './check-in';
import { appointmentsOpenApi } from './openapi';
import { bookingJson, locationJson } from './presenters';

/** Routes anyone may call: the description, and the display's data (what the waiting room's screen shows anyway). */
const PUBLIC_ROUTES = new Set<string>([API_PATHS.openapi, pattern(API_PATHS.display(':slug'))]);

const unauthorized = () =>
  new AppError('unauthorized', { status: 401, userMessage: 'Ein gültiger API-Schlüssel fehlt: senden Sie "Authorization: Bearer <schlüssel>".' });

function client(request: FastifyRequest): ApiClient {
  if (!request.apiClient) throw unauthorized();
  return request.apiClient;
}

function param(request: FastifyRequest, name: string): string {
  const value = (request.params as Record<string, string | undefined>)[name] ?? '';
  if (value.length === 0 || value.length > 80) throw errors.notFound('Der Eintrag');
  return value;
}

/**
 * `/api/v1/termine`: the call-up display's data (public) and, with a Fachbereich's bearer token
 * (`npm run cli -- token:create --department …`), its locations, a day's bookings, one booking and
 * the check-in, for the office's own systems. Described in `openapi.ts`.
 */
export function appointmentsApiRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.register(async (api) => {
    api.addHook('onRequest', async (request, reply) => {
      reply.header('cache-control', 'no-store');
      if (PUBLIC_ROUTES.has(request.routeOptions.url ?? '')) return;
      const authenticated = await authenticateApiToken(deps.db, request.headers.authorization);
      if (!authenticated) {
        reply.header('www-authenticate', 'Bearer realm="stadtportal"');
        throw unauthorized();
      }
      request.apiClient = authenticated;
    });

    api.get(API_PATHS.openapi, (_request, reply) => reply.type('application/json').send(appointmentsOpenApi(deps.config)));

    api.get(pattern(API_PATHS.display(':slug')), async (request) => displayData(deps.db, param(request, 'slug')));

    api.get(API_PATHS.locations, async (request) => {
      const locations = await locationsForClient(deps.db, client(request));
      return { items: await Promise.all(locations.map(async (location) => locationJson(location, await countersOf(deps.db, location.id)))) };
    });

    api.get(pattern(API_PATHS.day(':slug', ':day')), async (request) => {
      const day = param(request, 'day');
      if (!planDaySchema.safeParse(day).success) throw errors.validation({ day: 'Geben Sie den Tag als JJJJ-MM-TT an.' });
      const location = await locationForClient(deps.db, client(request), param(request, 'slug'));
      const [counters, bookings] = [await countersOf(deps.db, location.id), await bookingsOfDay(deps.db, location.id, day)];
      return { location: location.slug, day, items: bookings.map((booking) => bookingJson(booking, location, counters)) };
    });

    api.get(pattern(API_PATHS.booking(':reference')), async (request) => {
      const { booking, location } = await bookingForClient(deps.db, client(request), param(request, 'reference'));
      return bookingJson(booking, location, await countersOf(deps.db, location.id));
    });

    api.post(pattern(API_PATHS.checkIn(':reference')), { config: { csrf: false } }, async (request) =>
      checkInByReference(client(request), { reference: param(request, 'reference'), ip: request.ip }, deps),
    );
  });
}
