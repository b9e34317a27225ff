import { z } from 'zod';
import { enumChoice, optionalText } from '../../kernel/http';
import { ACCESSIBILITY_REPORT_STATUSES } from './tables';

export const DESCRIPTION_MAX = 5000;
const EMAIL_FORMAT = 'Geben Sie eine E-Mail-Adresse im richtigen Format an, zum Beispiel name@beispiel.de. Oder lassen Sie das Feld leer.';

/** An e-mail address that may be left empty; when given, it must be one we can answer to. */
const optionalEmail = z
  .string()
  .trim()
  .max(254, { error: 'Die E-Mail-Adresse darf höchstens 254 Zeichen lang sein.' })
  .optional()
  .transform((value) => (value ? value.toLowerCase() : undefined))
  .pipe(z.email({ error: EMAIL_FORMAT }).optional());

/** "Barriere melden": only the description is required; fields in the order of the form. */
export const AccessibilityReportSchema = z.object({
  page: optionalText('Die Angabe zur Seite', 500),
  description: z
    .string({ error: 'Beschreiben Sie das Problem.' })
    .trim()
    .min(1, { error: 'Beschreiben Sie das Problem, zum Beispiel: Was wollten Sie tun und was hat nicht funktioniert?' })
    .max(DESCRIPTION_MAX, { error: `Die Beschreibung darf höchstens ${DESCRIPTION_MAX.toLocaleString('de-DE')} Zeichen lang sein. Kürzen Sie den Text.` }),
  name: optionalText('Ihr Name', 200),
  contact: optionalEmail,
});
export type AccessibilityReportInput = z.output<typeof AccessibilityReportSchema>;

export const ReportStatusSchema = z.object({
  status: enumChoice(ACCESSIBILITY_REPORT_STATUSES, 'Wählen Sie einen Status aus.'),
});
