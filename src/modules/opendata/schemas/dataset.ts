import { z } from 'zod';
import { email, isCalendarDate, optionalText, text } from '../../../kernel/http/validation';
import { CKAN_NAME } from '../paths';
import { DATASET_STATES } from '../tables';
import { isFrequencyCode } from '../vocabularies/frequencies';
import { licenseById } from '../vocabularies/licenses';
import { isThemeCode } from '../vocabularies/themes';

/** A point in time as a day (`2026-01-31`) or an ISO date-time; years 1–9999, as PostgreSQL stores them. */
const moment = (label: string) =>
  z
    .union([z.date(), z.string().trim()])
    .nullable()
    .optional()
    .transform((value, context) => {
      if (value === null || value === undefined || value === '') return null;
      const date =
        typeof value !== 'string' ? value : isCalendarDate(value) ? new Date(`${value}T00:00:00Z`) : /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value) : null;
      if (!date || Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1 || date.getUTCFullYear() > 9999) {
        context.addIssue({ code: 'custom', message: `Geben Sie ${label} im Format JJJJ-MM-TT an, zum Beispiel 2026-01-31.` });
        return z.NEVER;
      }
      return date;
    });

/** A CKAN tag: letters, digits, spaces and `- _ .`, at most 100 characters. */
const tag = z
  .string()
  .trim()
  .min(2, { error: 'Ein Schlagwort muss mindestens 2 Zeichen lang sein.' })
  .max(100, { error: 'Ein Schlagwort darf höchstens 100 Zeichen lang sein.' })
  .regex(/^[\p{L}\p{N} ._-]+$/u, { error: 'Schlagwörter bestehen aus Buchstaben, Ziffern, Leerzeichen und - _ .' });

const day = (label: string) =>
  z
    .string()
    .trim()
    .refine((value) => value === '' || isCalendarDate(value), { error: `Geben Sie ${label} als Datum an, zum Beispiel 2026-01-31.` })
    .transform((value) => value || null)
    .nullable()
    .optional()
    .transform((value) => value ?? null);

const url = (label: string) =>
  z
    .string()
    .trim()
    .max(2000)
    .refine((value) => value === '' || /^https?:\/\/[^\s]+$/.test(value), { error: `Geben Sie ${label} als Adresse mit https:// an.` })
    .nullable()
    .optional()
    .transform((value) => value || null);

/**
 * A dataset's metadata as a publisher states it, from the back-office form, the CKAN API or a
 * harvest: one schema, so every way in is held to the same rules, licence, theme and frequency
 * codes from the vocabularies included.
 */
export const datasetFieldsSchema = z
  .object({
    name: z
      .string({ error: 'Geben Sie einen Kurznamen an.' })
      .trim()
      .regex(CKAN_NAME, { error: 'Der Kurzname besteht aus 2 bis 100 Kleinbuchstaben, Ziffern, - und _.' }),
    title: text('einen Titel', { max: 300 }),
    notes: z.string().max(50_000, { error: 'Die Beschreibung darf höchstens 50.000 Zeichen lang sein.' }).default(''),
    state: z.enum(DATASET_STATES).default('draft'),
    private: z.boolean().default(false),
    licenseId: z
      .string({ error: 'Wählen Sie eine Lizenz aus der Liste aus.' })
      .refine((id) => licenseById(id) !== undefined, { error: 'Wählen Sie eine Lizenz aus der Liste aus.' }),
    tags: z.array(tag).max(100, { error: 'Höchstens 100 Schlagwörter.' }).default([]),
    themes: z
      .array(z.string().refine(isThemeCode, { error: 'Wählen Sie nur Kategorien aus der Liste aus.' }))
      .max(13)
      .default([]),
    contactName: text('die Kontaktstelle', { max: 200 }),
    contactEmail: email('die E-Mail-Adresse der Kontaktstelle'),
    contactUrl: url('die Internetseite der Kontaktstelle'),
    contributorIds: z.array(z.string().max(300)).max(10).default([]),
    temporalStart: day('den Beginn des Zeitraums'),
    temporalEnd: day('das Ende des Zeitraums'),
    spatialKey: z
      .string()
      .regex(/^\d{2,12}$/, { error: 'Der Regionalschlüssel besteht aus 2 bis 12 Ziffern.' })
      .nullable()
      .optional()
      .transform((value) => value ?? null),
    spatialLevel: optionalText('Die Ebene', 50).transform((value) => value ?? null),
    frequency: z
      .string()
      .refine(isFrequencyCode, { error: 'Wählen Sie eine Aktualisierungshäufigkeit aus der Liste aus.' })
      .nullable()
      .optional()
      .transform((value) => value ?? null),
    legalBasis: optionalText('Die Rechtsgrundlage', 1000).transform((value) => value ?? null),
    landingPage: url('die Landingpage'),
    version: optionalText('Die Version', 100).transform((value) => value ?? null),
    issued: moment('das Datum der Veröffentlichung'),
    modified: moment('das Datum der letzten Änderung'),
  })
  .refine((fields) => !fields.temporalStart || !fields.temporalEnd || fields.temporalStart <= fields.temporalEnd, {
    path: ['temporalEnd'],
    error: 'Das Ende des Zeitraums liegt vor seinem Beginn.',
  });

export type DatasetFieldsInput = z.input<typeof datasetFieldsSchema>;
