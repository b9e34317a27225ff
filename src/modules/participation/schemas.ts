import { z } from 'zod';
import { isUuid } from '../../kernel/http';
import { IDEA_STATUSES } from './tables';

export const TITLE_MAX = 120;
export const IDEA_MAX = 4000;
export const COMMENT_MAX = 1500;
export const REASON_MAX = 500;
export const ANSWER_MAX = 4000;

const bounded = (label: string, min: number, max: number) =>
  z
    .string({ error: `Geben Sie ${label} an.` })
    .trim()
    .min(1, { error: `Geben Sie ${label} an.` })
    .min(min, { error: `Schreiben Sie ${label} mit mindestens ${min} Zeichen, damit andere verstehen, worum es geht.` })
    .max(max, { error: `Kürzen Sie ${label} auf höchstens ${max.toLocaleString('de-DE')} Zeichen.` });

/** A uuid from a select field, or nothing; anything else (a hand-edited form) is refused at the field. */
const optionalId = (message: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))
    .refine((value) => value === undefined || isUuid(value), { error: message });

/** "Vorschlag einreichen". */
export const IdeaSchema = z.object({
  titel: bounded('einen Titel', 5, TITLE_MAX),
  text: bounded('Ihren Vorschlag', 20, IDEA_MAX),
  massnahme: optionalId('Wählen Sie eine Maßnahme aus der Liste oder „Keine bestimmte Maßnahme“.'),
  name_zeigen: z.enum(['ja', 'nein'], { error: 'Wählen Sie aus, ob Ihr Name beim Vorschlag stehen soll.' }),
});
export type IdeaInput = z.output<typeof IdeaSchema>;

export const CommentSchema = z
  .object({
    text: bounded('Ihren Kommentar', 2, COMMENT_MAX),
    /** The comment answered, for a reply (a hidden field: its problem is told at the text). */
    antwort_auf: z
      .string()
      .trim()
      .optional()
      .transform((value) => (value ? value : undefined)),
  })
  .refine((value) => value.antwort_auf === undefined || isUuid(value.antwort_auf), {
    path: ['text'],
    error: 'Auf diesen Kommentar kann nicht geantwortet werden. Schreiben Sie Ihren Text als neuen Kommentar.',
  });
export type CommentInput = z.output<typeof CommentSchema>;

export const CommentEditSchema = z.object({ text: bounded('Ihren Kommentar', 2, COMMENT_MAX) });

export const ReportSchema = z.object({ grund: bounded('einen Grund', 5, REASON_MAX) });

/** Moderation of an idea or a comment: approve, or hide with a reason. */
export const ModerationSchema = z
  .object({
    entscheidung: z.enum(['freigeben', 'ausblenden'], { error: 'Wählen Sie aus, ob der Beitrag freigegeben oder ausgeblendet wird.' }),
    grund: z
      .string()
      .trim()
      .max(REASON_MAX, { error: `Kürzen Sie den Grund auf höchstens ${REASON_MAX} Zeichen.` })
      .default(''),
  })
  .refine((value) => value.entscheidung !== 'ausblenden' || value.grund.length > 0, {
    path: ['grund'],
    error: 'Geben Sie an, warum der Beitrag ausgeblendet wird. Die Person, die ihn geschrieben hat, sieht den Grund.',
  });
export type ModerationInput = z.output<typeof ModerationSchema>;

/** Status, public answer and measure of an idea. */
export const AnswerSchema = z
  .object({
    status: z.enum(IDEA_STATUSES, { error: 'Wählen Sie einen Stand aus.' }),
    antwort: z
      .string()
      .trim()
      .max(ANSWER_MAX, { error: `Kürzen Sie die Antwort auf höchstens ${ANSWER_MAX.toLocaleString('de-DE')} Zeichen.` })
      .default(''),
    massnahme: optionalId('Wählen Sie eine Maßnahme aus der Liste oder „Keine bestimmte Maßnahme“.'),
  })
  .refine((value) => value.status !== 'rejected' || value.antwort.length > 0, {
    path: ['antwort'],
    error: 'Begründen Sie die Ablehnung in der Antwort: Die Begründung wird beim Vorschlag veröffentlicht.',
  })
  .refine((value) => value.status !== 'adopted' || value.massnahme !== undefined, {
    path: ['massnahme'],
    error: 'Wählen Sie die Maßnahme, in der der Vorschlag aufgegriffen wird.',
  });
export type AnswerInput = z.output<typeof AnswerSchema>;

export const LIST_ORDERS = ['neueste', 'unterstuetzt'] as const;
export const PAGE_MAX = 500;

/** The public list's query; what is not ours (an old link, a hand-edited URL) falls back quietly. */
export const ListQuerySchema = z.object({
  sortierung: z.enum(LIST_ORDERS).catch('neueste'),
  status: z.enum(IDEA_STATUSES).optional().catch(undefined),
  massnahme: z
    .string()
    .regex(/^[a-z0-9-]{1,100}$/)
    .optional()
    .catch(undefined),
  seite: z.coerce.number().int().min(1).max(PAGE_MAX).catch(1),
});
export type ListQuery = z.output<typeof ListQuerySchema>;
