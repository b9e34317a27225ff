import { z } from 'zod';

const text = z.string().min(1);

/** `library-catalogue.json` of a demo pack: how big the generated catalogue is, and the town's own titles. */
export const cataloguePackSchema = z.object({
  /** The generator's seed: the same catalogue on every start. */
  seed: z.number().int().min(0),
  records: z.number().int().min(1).max(200_000),
  /** Control numbers (001) are this prefix and a running number, e.g. "ISL0000001". */
  controlPrefix: z.string().regex(/^[A-Z]{2,6}$/, 'muss aus 2 bis 6 Großbuchstaben bestehen'),
  /** Local history and guides of the town, mixed into the catalogue. */
  localTitles: z
    .array(
      z.object({
        title: text,
        subtitle: z.string(),
        subject: z.object({ name: text, gnd: z.string().regex(/^\d{7,9}-[\dX]$/, 'muss eine GND-Nummer wie 4027614-7 sein') }),
      }),
    )
    .default([]),
});
