import { z } from 'zod';
import { checkbox, optionalText, text } from '../../../kernel/http/validation';
import { FEED_FORMATS } from '../tables';

/** A degree as people type it: "51,3759" or "51.3759", within the given range. */
const degree = (label: string, limit: number) =>
  z
    .string({ error: `Geben Sie den ${label} an.` })
    .trim()
    .min(1, { error: `Geben Sie den ${label} an.` })
    .regex(/^-?\d{1,3}([.,]\d{1,8})?$/, { error: `Geben Sie den ${label} als Dezimalzahl an, zum Beispiel ${limit === 90 ? '51,3759' : '7,6958'}.` })
    .transform((value) => Number(value.replace(',', '.')))
    .refine((value) => Math.abs(value) <= limit, { error: `Der ${label} liegt zwischen −${limit} und ${limit}.` });

/** An own hotspot of the city or one of its companies, as staff enter it. */
export const hotspotSchema = z.object({
  name: text('den Namen des Hotspots', { max: 120 }),
  operator: text('den Betreiber', { max: 120 }),
  address: text('die Adresse', { max: 200 }),
  latitude: degree('Breitengrad', 90),
  longitude: degree('Längengrad', 180),
  description: optionalText('Die Beschreibung', 2000),
  online: z
    .string()
    .optional()
    .transform((value) => value === 'ja'),
});
export const deleteHotspotSchema = z.object({ confirm: checkbox('Bestätigen Sie, dass der Hotspot endgültig gelöscht werden soll.') });

const FORMAT_CHOICES = ['auto', ...FEED_FORMATS] as const;

/** A feed source; the address is an http(s) URL (file feeds come from the command line or the demo pack). */
export const sourceSchema = z.object({
  name: text('den Namen der Quelle', { max: 120 }),
  url: z
    .string({ error: 'Geben Sie die Adresse des Feeds an.' })
    .trim()
    .min(1, { error: 'Geben Sie die Adresse des Feeds an.' })
    .max(2000, { error: 'Die Adresse darf höchstens 2000 Zeichen lang sein.' })
    .regex(/^https?:\/\/[^\s/]+\/?\S*$/i, { error: 'Geben Sie die Adresse mit https:// an, zum Beispiel https://map.freifunk-mk.de/data/meshviewer.json.' }),
  format: z.enum(FORMAT_CHOICES, { error: 'Wählen Sie das Format des Feeds.' }).transform((value) => (value === 'auto' ? null : value)),
  intervalMinutes: z
    .string({ error: 'Geben Sie an, wie oft importiert wird.' })
    .trim()
    .regex(/^\d{1,5}$/, { error: 'Geben Sie das Intervall als ganze Zahl von Minuten an, zum Beispiel 15.' })
    .transform(Number)
    .refine((value) => value >= 5 && value <= 10_080, { error: 'Das Intervall liegt zwischen 5 Minuten und einer Woche (10080 Minuten).' }),
  enabled: z
    .string()
    .optional()
    .transform((value) => value === 'ja'),
});
