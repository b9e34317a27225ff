import { z } from 'zod';
import { enumChoice, optionalEmail } from '../../../kernel/http';
import { GAP_STATES } from '../tables';

export const DESCRIPTION_MAX = 1000;
export const PUBLIC_NOTE_MAX = 1000;
const PLACE_MAX = 200;

/** "WLAN-Lücke melden": the fields in the order of the form (the photo comes as a file, the spam guard's fields beside). */
export const GapReportSchema = z.object({
  ort: z
    .string({ error: 'Geben Sie an, wo WLAN fehlt.' })
    .trim()
    .min(1, { error: 'Geben Sie an, wo WLAN fehlt: eine Straße mit Hausnummer oder einen Platz, zum Beispiel „Schillerplatz 7“.' })
    .max(PLACE_MAX, { error: `Die Ortsangabe darf höchstens ${PLACE_MAX} Zeichen lang sein.` }),
  /** The label of one of the "Meinten Sie …" choices, when the typed place matched several. */
  ortswahl: z.string().trim().max(400).optional(),
  beschreibung: z
    .string({ error: 'Beschreiben Sie den Ort.' })
    .trim()
    .min(1, { error: 'Beschreiben Sie kurz, was dort ist, zum Beispiel „Bushaltestelle“ oder „Jugendtreff“.' })
    .max(DESCRIPTION_MAX, { error: `Die Beschreibung darf höchstens ${DESCRIPTION_MAX.toLocaleString('de-DE')} Zeichen lang sein. Kürzen Sie den Text.` }),
  email: optionalEmail(),
});
export type GapReportInput = z.output<typeof GapReportSchema>;

/** Staff change a report's state and may answer publicly. */
export const GapStateSchema = z.object({
  status: enumChoice(GAP_STATES, 'Wählen Sie einen Status aus.'),
  hinweis: z
    .string()
    .trim()
    .max(PUBLIC_NOTE_MAX, { error: `Der öffentliche Hinweis darf höchstens ${PUBLIC_NOTE_MAX.toLocaleString('de-DE')} Zeichen lang sein.` })
    .default(''),
});
export type GapStateInput = z.output<typeof GapStateSchema>;
