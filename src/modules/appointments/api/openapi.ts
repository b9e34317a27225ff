import type { Config } from '../../../kernel/config';
import { BOOKING_KINDS, BOOKING_STATES } from '../tables';

const dateTime = { type: 'string', format: 'date-time' } as const;
const nullable = (schema: Record<string, unknown>) => ({ oneOf: [schema, { type: 'null' }] });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Record<string, unknown>) => ({ content: { 'application/json': { schema } } });
const errorResponse = (description: string) => ({ description, ...json(ref('Error')) });
const object = (properties: Record<string, unknown>) => ({ type: 'object', required: Object.keys(properties), additionalProperties: false, properties });

const slugParameter = { name: 'slug', in: 'path', required: true, description: 'Kurzname des Standorts (`rathaus`)', schema: { type: 'string' } };
const referenceParameter = { name: 'reference', in: 'path', required: true, description: 'Buchungsnummer (`T-4K7M-2QXD`)', schema: { type: 'string' } };
const UNAUTHORIZED = errorResponse('API-Schlüssel fehlt oder ist ungültig');
const secured = { security: [{ bearer: [] }] };

const SCHEMAS = {
  Error: object({
    error: object({ code: { type: 'string' }, message: { type: 'string' }, fields: { type: 'object', additionalProperties: { type: 'string' } } }),
  }),
  Location: object({
    slug: { type: 'string' },
    name: { type: 'string' },
    departmentId: { type: 'string', description: 'Der Fachbereich, der den Standort betreibt' },
    ticketPrefix: { type: 'string', description: 'Buchstabe der Aufrufnummern (`A` in `A 017`)' },
    counters: { type: 'array', items: object({ id: { type: 'string', format: 'uuid' }, name: { type: 'string' } }) },
  }),
  LocationList: object({ items: { type: 'array', items: ref('Location') } }),
  Booking: object({
    reference: { type: 'string' },
    kind: { type: 'string', enum: BOOKING_KINDS },
    state: { type: 'string', enum: BOOKING_STATES },
    location: { type: 'string' },
    day: { type: 'string', format: 'date' },
    startsAt: nullable(dateTime),
    endsAt: nullable(dateTime),
    services: { type: 'array', items: { type: 'string' } },
    counter: nullable({ type: 'string' }),
    ticket: nullable({ type: 'string', description: 'Aufrufnummer, ab dem Einchecken' }),
    checkedInAt: nullable(dateTime),
    calledAt: nullable(dateTime),
    doneAt: nullable(dateTime),
  }),
  BookingDay: object({ location: { type: 'string' }, day: { type: 'string', format: 'date' }, items: { type: 'array', items: ref('Booking') } }),
  CheckIn: object({
    checkedInNow: { type: 'boolean', description: 'false, wenn der Termin schon eingecheckt war (nichts geändert)' },
    booking: ref('Booking'),
  }),
  Display: object({
    location: object({ slug: { type: 'string' }, name: { type: 'string' } }),
    day: { type: 'string', format: 'date' },
    waiting: { type: 'integer', minimum: 0 },
    calls: { type: 'array', items: object({ ticket: { type: 'string' }, counter: { type: 'string' }, calledAt: dateTime }) },
    updatedAt: dateTime,
  }),
};

/**
 * OpenAPI 3.1 description of `/api/v1/termine`, served at its `openapi.json`. Written by hand next to
 * the routes; `api.test.ts` checks that every route is described and every answer matches its schema.
 */
export function appointmentsOpenApi(config: Config) {
  return {
    openapi: '3.1.0',
    info: {
      title: `Stadtportal ${config.municipality.name} – Termine`,
      version: '1.0.0',
      description: [
        'Die Aufrufanzeige der Wartebereiche und die Termine der Bürgerbüros für die Systeme der Verwaltung.',
        'Die Daten der Aufrufanzeige sind öffentlich (nur Aufrufnummern und Plätze, keine Namen). Alles andere braucht den API-Schlüssel eines Fachbereichs (`npm run cli -- token:create --name … --department …`); er sieht nur die Standorte seines Fachbereichs.',
        'Namen, E-Mail-Adressen und Telefonnummern gibt die API nicht heraus.',
      ].join('\n\n'),
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: [{ url: config.baseUrl }],
    paths: {
      '/api/v1/termine/openapi.json': {
        get: {
          operationId: 'appointmentsOpenApi',
          summary: 'Diese Beschreibung',
          security: [],
          responses: { 200: { description: 'OpenAPI 3.1', ...json({ type: 'object' }) } },
        },
      },
      '/api/v1/termine/standorte': {
        get: {
          operationId: 'listLocations',
          summary: 'Die Standorte des Fachbereichs mit ihren Plätzen',
          ...secured,
          responses: { 200: { description: 'Die Standorte', ...json(ref('LocationList')) }, 401: UNAUTHORIZED },
        },
      },
      '/api/v1/termine/standorte/{slug}/aufruf': {
        get: {
          operationId: 'getDisplay',
          summary: 'Aufrufanzeige: die zuletzt aufgerufenen Nummern mit ihrem Platz und die Zahl der Wartenden (öffentlich)',
          security: [],
          parameters: [slugParameter],
          responses: { 200: { description: 'Die Anzeige von heute', ...json(ref('Display')) }, 404: errorResponse('Unbekannter Standort') },
        },
      },
      '/api/v1/termine/standorte/{slug}/tage/{day}': {
        get: {
          operationId: 'listBookingsOfDay',
          summary: 'Die Termine eines Tages an einem Standort (ohne abgesagte), nach Uhrzeit',
          ...secured,
          parameters: [slugParameter, { name: 'day', in: 'path', required: true, schema: { type: 'string', format: 'date' } }],
          responses: {
            200: { description: 'Die Termine', ...json(ref('BookingDay')) },
            400: errorResponse('Der Tag ist kein Datum (JJJJ-MM-TT)'),
            401: UNAUTHORIZED,
            404: errorResponse('Unbekannt oder nicht im Fachbereich des Schlüssels'),
          },
        },
      },
      '/api/v1/termine/buchungen/{reference}': {
        get: {
          operationId: 'getBooking',
          summary: 'Ein Termin nach seiner Buchungsnummer',
          ...secured,
          parameters: [referenceParameter],
          responses: {
            200: { description: 'Der Termin', ...json(ref('Booking')) },
            401: UNAUTHORIZED,
            404: errorResponse('Unbekannt oder nicht im Fachbereich des Schlüssels'),
          },
        },
      },
      '/api/v1/termine/buchungen/{reference}/einchecken': {
        post: {
          operationId: 'checkIn',
          summary: 'Einchecken am Tag des Termins: vergibt die Aufrufnummer (idempotent)',
          ...secured,
          parameters: [referenceParameter],
          responses: {
            200: { description: 'Eingecheckt, jetzt oder schon vorher', ...json(ref('CheckIn')) },
            401: UNAUTHORIZED,
            404: errorResponse('Unbekannt oder nicht im Fachbereich des Schlüssels'),
            409: errorResponse('Abgesagt, als nicht erschienen vermerkt oder nicht heute'),
          },
        },
      },
    },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } }, schemas: SCHEMAS },
  };
}
