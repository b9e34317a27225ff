import { z } from 'zod';
import { text } from '../../../kernel/http/validation';

/** An import source as staff enter it: only http(s) addresses (the server reads no files for a form). */
export const sourceSchema = z.object({
  name: text('den Namen der Quelle', { max: 120 }),
  url: z
    .string({ error: 'Geben Sie die Adresse des OParl-Systems an.' })
    .trim()
    .min(1, { error: 'Geben Sie die Adresse des OParl-Systems an.' })
    .max(2000, { error: 'Die Adresse darf höchstens 2000 Zeichen lang sein.' })
    .regex(/^https?:\/\/[^\s/]+\/?\S*$/i, { error: 'Geben Sie die Adresse mit https:// an, zum Beispiel https://ris.example.de/oparl/v1/system.' }),
  intervalMinutes: z
    .string({ error: 'Geben Sie an, wie oft importiert wird.' })
    .trim()
    .regex(/^\d{1,5}$/, { error: 'Geben Sie das Intervall als ganze Zahl von Minuten an, zum Beispiel 60.' })
    .transform(Number)
    .refine((value) => value >= 15 && value <= 10_080, { error: 'Das Intervall liegt zwischen 15 Minuten und einer Woche (10080 Minuten).' }),
  enabled: z
    .string()
    .optional()
    .transform((value) => value === 'ja'),
});
