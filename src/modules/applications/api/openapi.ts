import type { Config } from '../../../kernel/config';
import { APPLICATION_STATUSES } from '../workflow';
import { HANDOVER_FORMAT } from './handover';

const SUBMITTED = APPLICATION_STATUSES.filter((status) => status !== 'draft');
const uuid = { type: 'string', format: 'uuid' } as const;
const dateTime = { type: 'string', format: 'date-time' } as const;
const nullable = (schema: Record<string, unknown>) => ({ oneOf: [schema, { type: 'null' }] });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Record<string, unknown>) => ({ content: { 'application/json': { schema } } });

const errorResponse = (description: string) => ({ description, ...json(ref('Error')) });

/**
 * OpenAPI 3.1 description of `/api/v1`, served at `/api/v1/openapi.json`. Written by hand next to
 * the routes; `api.test.ts` checks that every route is described and that answers match it.
 */
export function openApiDocument(config: Config) {
  return {
    openapi: '3.1.0',
    info: {
      title: `Stadtportal ${config.municipality.name} – Antragsübergabe an Fachverfahren`,
      version: '1.0.0',
      description: [
        'Eingereichte Anträge als strukturierte JSON-Dokumente für Fachverfahren.',
        'Jeder Fachbereich erhält einen eigenen API-Schlüssel (`npm run cli -- token:create --name … --department …`) und sieht nur die Anträge seines Fachbereichs.',
        `Format der Dokumente: \`${HANDOVER_FORMAT}\`; das Feld \`metadata\` folgt dem FIT-Connect-Metadatenschema 1.0.0.`,
        'Bei jeder Einreichung sendet das Portal einen mit HMAC-SHA256 signierten Webhook (siehe `webhooks`), der das Dokument verlinkt.',
      ].join('\n\n'),
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: [{ url: config.baseUrl }],
    security: [{ bearer: [] }],
    paths: {
      '/api/v1/applications': {
        get: {
          operationId: 'listApplications',
          summary: 'Eingereichte Anträge auflisten (älteste zuerst, seitenweise)',
          parameters: [
            { name: 'status', in: 'query', schema: { type: 'string', enum: SUBMITTED } },
            { name: 'submittedSince', in: 'query', description: 'nur Anträge, die danach eingereicht wurden', schema: dateTime },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 } },
            { name: 'cursor', in: 'query', description: 'Wert von `next` der vorigen Seite', schema: { type: 'string' } },
          ],
          responses: {
            200: { description: 'Eine Seite der Anträge', ...json(ref('ApplicationList')) },
            400: errorResponse('Ungültige Abfrageparameter'),
            401: errorResponse('API-Schlüssel fehlt oder ist ungültig'),
          },
        },
      },
      '/api/v1/applications/{id}': {
        get: {
          operationId: 'getApplication',
          summary: 'Ein eingereichter Antrag mit allen Angaben, Anlagen und Zahlungsinformationen',
          parameters: [{ name: 'id', in: 'path', required: true, schema: uuid }],
          responses: {
            200: { description: 'Das Übergabedokument', ...json(ref('Application')) },
            401: errorResponse('API-Schlüssel fehlt oder ist ungültig'),
            404: errorResponse('Unbekannt oder nicht im Fachbereich des Schlüssels'),
          },
        },
      },
      '/api/v1/applications/{id}/files/{fileId}': {
        get: {
          operationId: 'getApplicationFile',
          summary: 'Eine Anlage des Antrags (Bytes wie hochgeladen)',
          parameters: [
            { name: 'id', in: 'path', required: true, schema: uuid },
            { name: 'fileId', in: 'path', required: true, schema: uuid },
          ],
          responses: {
            200: { description: 'Die Datei', content: { 'application/pdf': {}, 'image/jpeg': {}, 'image/png': {} } },
            401: errorResponse('API-Schlüssel fehlt oder ist ungültig'),
            404: errorResponse('Unbekannt oder nicht im Fachbereich des Schlüssels'),
          },
        },
      },
      '/api/v1/openapi.json': {
        get: {
          operationId: 'getOpenApi',
          summary: 'Diese Beschreibung',
          security: [],
          responses: { 200: { description: 'OpenAPI 3.1', ...json({ type: 'object' }) } },
        },
      },
    },
    webhooks: {
      applicationSubmitted: {
        post: {
          summary: 'Ein Antrag wurde eingereicht',
          description:
            'POST an die für den Fachbereich hinterlegte URL (`npm run cli -- webhook:create`). Header `X-Stadtportal-Signature: t=<Unix-Sekunden>,v1=<hex HMAC-SHA256 von "<t>.<Body>" mit dem Webhook-Geheimnis>`. Antworten außer 2xx werden mit wachsendem Abstand bis zu 12-mal wiederholt. Der Body enthält keine personenbezogenen Daten; das Dokument holt das Fachverfahren über `href` mit seinem API-Schlüssel.',
          parameters: [{ name: 'X-Stadtportal-Signature', in: 'header', required: true, schema: { type: 'string' } }],
          requestBody: json(ref('WebhookEvent')),
          responses: { 200: { description: 'Empfang bestätigt (jeder 2xx-Status)' } },
        },
      },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'API-Schlüssel `sp_…` eines Fachbereichs' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: { code: { type: 'string' }, message: { type: 'string' }, fields: { type: 'object', additionalProperties: { type: 'string' } } },
            },
          },
        },
        ApplicationList: {
          type: 'object',
          required: ['items', 'next'],
          properties: {
            items: {
              type: 'array',
              items: {
                type: 'object',
                required: ['id', 'reference', 'status', 'serviceSlug', 'departmentId', 'submittedAt', 'updatedAt', 'href'],
                properties: {
                  id: uuid,
                  reference: { type: 'string', examples: ['ISN-2026-000123'] },
                  status: { type: 'string', enum: SUBMITTED },
                  serviceSlug: { type: 'string' },
                  departmentId: { type: 'string' },
                  submittedAt: dateTime,
                  updatedAt: dateTime,
                  href: { type: 'string', format: 'uri' },
                },
              },
            },
            next: nullable({ type: 'string' }),
          },
        },
        Application: {
          type: 'object',
          required: [
            'format',
            'id',
            'reference',
            'status',
            'service',
            'departmentId',
            'form',
            'applicant',
            'answers',
            'fields',
            'attachments',
            'payment',
            'fee',
            'metadata',
          ],
          properties: {
            format: { const: HANDOVER_FORMAT },
            id: uuid,
            reference: { type: 'string' },
            status: { type: 'string', enum: SUBMITTED },
            submittedAt: nullable(dateTime),
            updatedAt: dateTime,
            service: {
              type: 'object',
              properties: { slug: { type: 'string' }, name: { type: 'string' }, leikaKey: nullable({ type: 'string', pattern: '^\\d{14}$' }) },
            },
            departmentId: { type: 'string' },
            form: {
              type: 'object',
              description: 'Die Formularversion, mit der der Antrag gestellt wurde',
              properties: {
                versionId: uuid,
                key: { type: 'string' },
                version: { type: 'integer' },
                title: { type: 'string' },
                fim: nullable({ type: 'object' }),
              },
            },
            applicant: { type: 'object', properties: { name: nullable({ type: 'string' }), email: nullable({ type: 'string' }), accountId: nullable(uuid) } },
            answers: { type: 'object', description: 'Antworten nach Feld-ID' },
            fields: {
              type: 'array',
              description: 'Antworten mit Bezeichnung und FIM-ID (XDatenfelder), in Formularreihenfolge',
              items: {
                type: 'object',
                required: ['id', 'label', 'type', 'value'],
                properties: {
                  id: { type: 'string' },
                  fim: { type: 'object', properties: { id: { type: 'string' }, version: { type: 'string' } } },
                  label: { type: 'string' },
                  type: { type: 'string' },
                  value: {},
                  items: { type: 'array' },
                },
              },
            },
            attachments: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  id: uuid,
                  kind: { type: 'string' },
                  fieldId: nullable({ type: 'string' }),
                  filename: { type: 'string' },
                  mimeType: { type: 'string' },
                  size: { type: 'integer' },
                  sha256: { type: 'string' },
                  sha512: { type: 'string' },
                  href: { type: 'string', format: 'uri' },
                },
              },
            },
            payment: nullable({ type: 'object' }),
            fee: { type: 'object', properties: { amountCents: { type: 'integer' }, status: { type: 'string' } } },
            metadata: { $ref: 'https://schema.fitko.de/fit-connect/metadata/1.0.0/metadata.schema.json' },
          },
        },
        WebhookEvent: {
          type: 'object',
          required: ['type', 'format', 'deliveryId', 'applicationId', 'reference', 'departmentId', 'serviceSlug', 'submittedAt', 'href'],
          properties: {
            type: { const: 'application.submitted' },
            format: { const: HANDOVER_FORMAT },
            deliveryId: { type: 'string' },
            applicationId: uuid,
            reference: { type: 'string' },
            departmentId: { type: 'string' },
            serviceSlug: { type: 'string' },
            submittedAt: dateTime,
            href: { type: 'string', format: 'uri' },
          },
        },
      },
    },
  };
}
