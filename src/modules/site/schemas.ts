import { z } from 'zod';
import { enumChoice, optionalEmail, optionalText } from '../../kernel/http';
import { ACCESSIBILITY_REPORT_STATUSES } from './tables';

export const DESCRIPTION_MAX = 5000;

/** "Barriere melden": only the description is required; fields in the order of the form. */
export const AccessibilityReportSchema = z.object({
  page: optionalText('Die Angabe zur Seite', 500),
  description: z
    .string({ error: 'Beschreiben Sie das Problem.' })
    .trim()
    .min(1, { error: 'Beschreiben Sie das Problem, zum Beispiel: Was wollten Sie tun und was hat nicht funktioniert?' })
    .max(DESCRIPTION_MAX, { error: `Die Beschreibung darf höchstens ${DESCRIPTION_MAX.toLocaleString('de-DE')} Zeichen lang sein. Kürzen Sie den Text.` }),
  name: optionalText('Ihr Name', 200),
  contact: optionalEmail(),
});
export type AccessibilityReportInput = z.output<typeof AccessibilityReportSchema>;

export const ReportStatusSchema = z.object({
  status: enumChoice(ACCESSIBILITY_REPORT_STATUSES, 'Wählen Sie einen Status aus.'),
});
