import { z } from 'zod';

/** The address of another town's feed, as the coordinator enters it. */
export const feedUrlSchema = z.object({
  url: z
    .string({ error: 'Geben Sie die Adresse des Feeds an.' })
    .trim()
    .min(1, { error: 'Geben Sie die Adresse des Feeds an.' })
    .max(2000, { error: 'Die Adresse ist zu lang (höchstens 2000 Zeichen).' })
    .refine((value) => /^https?:\/\/[^\s]+$/i.test(value) && URL.canParse(value), {
      error:
        'Geben Sie eine Adresse an, die mit http:// oder https:// beginnt, zum Beispiel https://www.beispielstadt.de/digitalisierung/austausch/v1/feed.json.',
    }),
});
