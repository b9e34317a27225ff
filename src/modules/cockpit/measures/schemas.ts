import { z } from 'zod';
import { enumChoice, optionalText, text } from '../../../kernel/http';
import { MEASURE_STATUSES, RISK_LEVELS } from '../tables';
import { parseDay, parseEuros, type Parsed } from './values';

/** A measure's address in `/digitalisierung/massnahmen/<slug>`: lower-case words joined by hyphens. */
export const MEASURE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A required date field, read with `parseDay`. */
const day = (label: string) =>
  z
    .string({ error: `Geben Sie ${label} an.` })
    .trim()
    .min(1, { error: `Geben Sie ${label} an.` })
    .max(40, { error: `Geben Sie ${label} als Tag.Monat.Jahr an, zum Beispiel 31.03.2027.` })
    .transform(fromParsed((value) => parseDay(value, label)));

/** An optional date field: empty is null. */
const optionalDay = (label: string) =>
  z
    .string()
    .trim()
    .max(40, { error: `Geben Sie ${label} als Tag.Monat.Jahr an, zum Beispiel 31.03.2027.` })
    .optional()
    .transform((value, context) => (value ? fromParsed((input) => parseDay(input, label))(value, context) : null));

/** A parser's message becomes the field's zod issue. */
function fromParsed<T>(parse: (value: string) => Parsed<T>) {
  return (value: string, context: z.RefinementCtx): T => {
    const parsed = parse(value);
    if (parsed.ok) return parsed.value;
    context.addIssue({ code: 'custom', message: parsed.message });
    return z.NEVER;
  };
}

/** The form of a measure (new and edit). Whether the end lies after the start is checked across fields below. */
export const measureFormSchema = z
  .object({
    titel: text('den Titel', { max: 160 }),
    adresse: z
      .string()
      .trim()
      .toLowerCase()
      .max(80, { error: 'Die Adresse darf höchstens 80 Zeichen lang sein.' })
      .optional()
      .transform((value) => value || undefined)
      .refine((value) => value === undefined || MEASURE_SLUG.test(value), {
        error: 'Die Adresse darf nur Kleinbuchstaben ohne Umlaute, Ziffern und einzelne Bindestriche enthalten, zum Beispiel freies-wlan.',
      }),
    ziel: text('das Ziel', { max: 600 }),
    beschreibung: optionalText('Die Beschreibung', 20_000),
    fachbereich: text('den verantwortlichen Fachbereich', { max: 100 }),
    status: enumChoice(MEASURE_STATUSES, 'Wählen Sie den Stand der Maßnahme.'),
    fortschritt: z
      .string({ error: 'Geben Sie den Fortschritt in Prozent an.' })
      .trim()
      .regex(/^\d{1,3}$/, { error: 'Geben Sie den Fortschritt als ganze Zahl von 0 bis 100 an.' })
      .transform(Number)
      .refine((value) => value <= 100, { error: 'Der Fortschritt muss zwischen 0 und 100 Prozent liegen.' }),
    beginn: day('den Beginn'),
    ende: optionalDay('das geplante Ende'),
    budget: z
      .string()
      .trim()
      .max(40, { error: 'Geben Sie das Budget als Betrag in Euro an, zum Beispiel 250.000 oder 1.234,56.' })
      .optional()
      .transform((value, context) => (value ? fromParsed((input) => parseEuros(input, 'Das Budget'))(value, context) : null)),
    finanzierung: optionalText('Die Finanzierung', 300),
    programm: optionalText('Der Abschnitt des Ratsprogramms', 100),
  })
  .refine((form) => form.ende === null || form.ende >= form.beginn, { path: ['ende'], error: 'Das geplante Ende darf nicht vor dem Beginn liegen.' });

export type MeasureForm = z.output<typeof measureFormSchema>;

/** The version the edit form was drawn from: a stale one is refused instead of overwriting. */
export const versionSchema = z.object({ version: z.coerce.number().int().min(1).max(2_147_483_647).catch(0) });

export const milestoneFormSchema = z.object({
  titel: text('den Titel des Meilensteins', { max: 200 }),
  termin: day('den Termin'),
  erreicht: optionalDay('den Tag, an dem er erreicht wurde'),
});
export type MilestoneForm = z.output<typeof milestoneFormSchema>;

const level = (what: string) => enumChoice(RISK_LEVELS, `Wählen Sie ${what}: gering, mittel oder hoch.`);

export const riskFormSchema = z.object({
  titel: text('das Risiko', { max: 200 }),
  wahrscheinlichkeit: level('die Wahrscheinlichkeit'),
  auswirkung: level('die Auswirkung'),
  gegenmassnahme: optionalText('Die Gegenmaßnahme', 1000),
});
export type RiskForm = z.output<typeof riskFormSchema>;

/** A link kind as the forms name it: `<module>:<kind>` (`services:leistung`). */
const kindKey = z
  .string({ error: 'Wählen Sie, was verknüpft werden soll.' })
  .trim()
  .regex(/^[a-z][a-z0-9_-]{0,40}:[a-z][a-z0-9_-]{0,40}$/, { error: 'Wählen Sie, was verknüpft werden soll.' });

export const linkFormSchema = z.object({
  art: kindKey,
  ziel: z.string({ error: 'Wählen Sie ein Ziel aus der Trefferliste.' }).trim().min(1, { error: 'Wählen Sie ein Ziel aus der Trefferliste.' }).max(200),
});
export type LinkForm = z.output<typeof linkFormSchema>;

/** The name of the search field of one link kind (`suche-services-leistung`): one form per kind, ids unique on the page. */
export function searchFieldName(kindKey: string): string {
  return `suche-${kindKey.replace(':', '-')}`;
}

/** The link search's GET parameters: the kind and its field's words; anything odd is dropped (a search page always answers). */
export const linkSearchQuerySchema = z.looseObject({ art: kindKey.optional().catch(undefined) }).transform((query) => {
  const words = query.art ? query[searchFieldName(query.art)] : undefined;
  return { art: query.art, q: typeof words === 'string' ? words.trim().slice(0, 100) : '' };
});

/** The list's GET parameters; unknown values are ignored rather than refused. */
export const measureListQuerySchema = z.object({
  status: z.enum(MEASURE_STATUSES).optional().catch(undefined),
  fachbereich: z.string().trim().max(100).optional().catch(undefined),
  sortierung: z.enum(['titel', 'meilenstein']).catch('titel'),
});
export type MeasureListQuery = z.output<typeof measureListQuerySchema>;
