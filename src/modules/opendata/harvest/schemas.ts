import { z } from 'zod';
import { enumChoice, isUuid, text } from '../../../kernel/http/validation';
import { CKAN_NAME } from '../paths';
import { HARVEST_KINDS } from '../tables';

/** A harvest source as an organisation's admin enters it; the interval in hours, empty for "only by hand". */
export const harvestSourceSchema = z.object({
  organizationId: z.string({ error: 'Wählen Sie die Organisation.' }).refine(isUuid, { error: 'Wählen Sie die Organisation.' }),
  name: z
    .string({ error: 'Geben Sie einen Kurznamen an.' })
    .trim()
    .regex(CKAN_NAME, { error: 'Der Kurzname besteht aus 2 bis 100 Kleinbuchstaben, Ziffern, - und _.' }),
  title: text('einen Titel', { max: 200 }),
  url: z
    .string({ error: 'Geben Sie die Adresse an.' })
    .trim()
    .max(2000)
    .regex(/^https?:\/\/[^\s]+$/, { error: 'Geben Sie die Adresse mit https:// an, zum Beispiel https://daten.stadtwerke.de/api/3.' }),
  kind: enumChoice(HARVEST_KINDS, 'Wählen Sie die Art der Quelle.'),
  intervalHours: z
    .string()
    .trim()
    .optional()
    .refine((value) => !value || (/^\d{1,4}$/.test(value) && Number(value) >= 1 && Number(value) <= 8760), {
      error: 'Geben Sie das Intervall als ganze Zahl von Stunden zwischen 1 und 8760 an, oder lassen Sie das Feld leer.',
    })
    .transform((value) => (value ? Number(value) : null)),
});
