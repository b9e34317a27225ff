import { z } from 'zod';
import { email, enumChoice, isCalendarDate, optionalText, text, isUuid } from '../../../kernel/http';
import { CKAN_NAME } from '../paths';
import { datasetFieldsSchema } from '../schemas/dataset';
import { MEMBER_CAPACITIES, ORGANIZATION_KINDS, TOKEN_SCOPES } from '../tables';
import { isFormatCode } from '../vocabularies/formats';
import { licenseById } from '../vocabularies/licenses';
import { MAX_UPLOAD_BYTES } from './upload-limit';

export function single(value: unknown): string {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}

function list(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/**
 * The dataset form as the metadata schema reads it: tags typed comma-separated, themes as ticked
 * boxes, visibility as a radio button; empty optional fields as empty strings (the schema makes
 * them null). The use cases take this, so the form and the API share one validation.
 */
export function datasetCandidate(body: unknown): Record<string, unknown> {
  const form = (body ?? {}) as Record<string, unknown>;
  const field = (name: string) => single(form[name]);
  return {
    name: field('name'),
    title: field('title'),
    notes: field('notes'),
    private: field('private') === 'ja',
    licenseId: field('licenseId'),
    tags: field('tags')
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
    themes: list(form.themes),
    contactName: field('contactName'),
    contactEmail: field('contactEmail'),
    contactUrl: field('contactUrl'),
    temporalStart: field('temporalStart'),
    temporalEnd: field('temporalEnd'),
    frequency: field('frequency') || null,
    legalBasis: field('legalBasis'),
    landingPage: field('landingPage'),
    version: field('version'),
    spatialKey: field('spatialKey') || null,
    issued: field('issued') || null,
    modified: field('modified') || null,
  };
}

export const datasetFormSchema = z.preprocess(datasetCandidate, datasetFieldsSchema);

export const newDatasetSchema = z.object({
  organizationId: z.string({ error: 'Wählen Sie die Organisation aus.' }).refine(isUuid, { error: 'Wählen Sie die Organisation aus.' }),
});

/** The dataset page's organisation (sent only where the person may choose among several): another one moves the dataset. */
export const movedDatasetSchema = newDatasetSchema.partial();

/** The revision the form was drawn from: an edit based on an older one is refused. */
export const revisionSchema = z.object({ revision: z.coerce.number().int().min(1).max(1_000_000) });

export const STATES_FILTER = ['draft', 'active', 'private', 'deleted'] as const;

export function parseDatasetFilters(query: Record<string, unknown>) {
  const organization = single(query.organisation);
  const state = single(query.status);
  return {
    organizationId: isUuid(organization) ? organization : undefined,
    state: (STATES_FILTER as readonly string[]).includes(state) ? (state as (typeof STATES_FILTER)[number]) : undefined,
    q: single(query.q).trim().slice(0, 200) || undefined,
    page: Math.min(Math.max(1, Number.parseInt(single(query.seite), 10) || 1), 10_000),
  };
}
export type DatasetFilters = ReturnType<typeof parseDatasetFilters>;

const format = z.string().refine(isFormatCode, { error: 'Wählen Sie das Format aus der Liste aus.' });
const optionalLicense = z
  .string()
  .optional()
  .transform((value) => value || null)
  .refine((id) => id === null || licenseById(id) !== undefined, { error: 'Wählen Sie eine Lizenz aus der Liste aus.' });

export const resourceSchema = z.object({
  name: text('einen Namen', { max: 300 }),
  description: optionalText('Die Beschreibung', 5000).transform((value) => value ?? ''),
  format,
  licenseId: optionalLicense,
});

export const linkSchema = resourceSchema.extend({
  url: z
    .string({ error: 'Geben Sie die Adresse an.' })
    .trim()
    .max(2000, { error: 'Die Adresse darf höchstens 2000 Zeichen lang sein.' })
    .regex(/^https?:\/\/[^\s]+$/, { error: 'Geben Sie die Adresse mit https:// an.' }),
});

export const resourceEditSchema = resourceSchema.extend({ url: linkSchema.shape.url.optional().or(z.literal('')) });

export const moveSchema = z.object({ direction: z.enum(['up', 'down']) });

/** An upload's fields: name and format may stay empty (the file's name, the format guessed from it). */
export const uploadSchema = z.object({
  name: optionalText('Der Name', 300),
  description: optionalText('Die Beschreibung', 5000).transform((value) => value ?? ''),
  format: z.union([z.literal(''), format]).optional(),
});

export const capacitySchema = z.object({ capacity: enumChoice(MEMBER_CAPACITIES, 'Wählen Sie die Rolle aus.') });
export const memberSchema = capacitySchema.extend({ email: email('die E-Mail-Adresse des Dienstkontos') });

const GIGABYTE = 1024 ** 3;
/** Gigabytes as typed in German ("0,5") or with a point. */
const uploadLimitField = z
  .string({ error: 'Geben Sie die Größe in Gigabyte an, zum Beispiel 2.' })
  .trim()
  .regex(/^\d{1,5}([.,]\d{1,3})?$/, { error: 'Geben Sie die Größe in Gigabyte als Zahl an, zum Beispiel 2 oder 0,5.' })
  .transform((value) => Number(value.replace(',', '.')))
  .refine((gigabytes) => gigabytes >= 0.01, { error: 'Die Größe muss mindestens 0,01 Gigabyte sein.' })
  .refine((gigabytes) => gigabytes <= MAX_UPLOAD_BYTES / GIGABYTE, { error: `Die Größe darf höchstens ${MAX_UPLOAD_BYTES / GIGABYTE} Gigabyte sein.` })
  .transform((gigabytes) => Math.round(gigabytes * GIGABYTE));
export const uploadLimitSchema = z.object({ uploadLimit: uploadLimitField });
export const organizationSchema = z.object({
  name: z
    .string({ error: 'Geben Sie einen Kurznamen an.' })
    .trim()
    .regex(CKAN_NAME, { error: 'Der Kurzname besteht aus 2 bis 100 Kleinbuchstaben, Ziffern, - und _.' }),
  title: text('den Namen der Organisation', { max: 200 }),
  kind: enumChoice(ORGANIZATION_KINDS, 'Wählen Sie die Art der Organisation aus.'),
  email: email('das Funktionspostfach'),
  uploadLimit: uploadLimitField,
});
export type OrganizationInput = z.output<typeof organizationSchema>;

export const tokenSchema = z.object({
  name: text('einen Namen für den Schlüssel', { max: 100 }),
  scope: enumChoice(TOKEN_SCOPES, 'Wählen Sie aus, was der Schlüssel darf.'),
  expires: z
    .string()
    .trim()
    .optional()
    .refine((value) => !value || (isCalendarDate(value) && value > new Date().toISOString().slice(0, 10)), {
      error: 'Geben Sie ein Datum in der Zukunft an, zum Beispiel 2027-12-31, oder lassen Sie das Feld leer.',
    })
    .transform((value) => (value ? new Date(`${value}T23:59:59Z`) : null)),
});
