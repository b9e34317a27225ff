import { z } from 'zod';
import { enumChoice, isCalendarDate, optionalText, text } from '../../kernel/http';
import { FEE_REASONS } from './tables/lending';

/* Forms of the reader account and the lending desk. */

const cardNumber = text('die Nummer Ihres Büchereiausweises', { max: 20 }).pipe(
  z.string().regex(/^[0-9A-Za-z-]+$/, { error: 'Die Ausweisnummer besteht nur aus Ziffern und Buchstaben. Sie steht auf der Rückseite Ihres Ausweises.' }),
);

export const readerLoginSchema = z.object({
  cardNumber,
  pin: z
    .string({ error: 'Geben Sie Ihre PIN an.' })
    .min(1, { error: 'Geben Sie Ihre PIN an.' })
    .max(64, { error: 'Die PIN darf höchstens 64 Zeichen lang sein.' }),
});
export type ReaderLogin = z.output<typeof readerLoginSchema>;

/** A copy named by its PAIA URI, as the account's buttons send it. */
export const documentSchema = z.object({ item: z.string({ error: 'Wählen Sie ein Medium.' }).min(1).max(500) });

const barcode = text('die Mediennummer', { max: 40 });

export const barcodeSchema = z.object({ barcode });

/** The desk's reader search: a card number (exact) or part of a name. */
export const readerSearchSchema = z.object({ suche: z.string().trim().max(100).optional() });

const euro = z
  .string({ error: 'Geben Sie den Betrag an.' })
  .trim()
  .regex(/^\d{1,4}(,\d{1,2})?$/, { error: 'Geben Sie den Betrag in Euro an, zum Beispiel 2,50.' })
  .transform((value) => {
    const [whole = '0', cents = ''] = value.split(',');
    return Number(whole) * 100 + Number(cents.padEnd(2, '0'));
  })
  .pipe(z.number().min(1, { error: 'Der Betrag muss größer als 0 sein.' }));

export const chargeFeeSchema = z.object({
  reason: enumChoice(FEE_REASONS, 'Wählen Sie den Grund der Gebühr.'),
  amount: euro,
  description: optionalText('Die Beschreibung', 200),
});
export type ChargeFee = z.output<typeof chargeFeeSchema>;

export const feeIdSchema = z.object({ fee: z.uuid({ error: 'Wählen Sie eine Gebühr.' }) });

const expiresOn = z
  .string({ error: 'Geben Sie an, bis wann der Ausweis gilt.' })
  .trim()
  .refine(isCalendarDate, { error: 'Geben Sie das Datum als JJJJ-MM-TT an, zum Beispiel 2027-12-31.' });

export const extendCardSchema = z.object({ expiresOn });

export const newReaderSchema = z.object({
  name: text('den Namen'),
  email: z
    .string()
    .trim()
    .max(254)
    .optional()
    .transform((value) => (value ? value.toLowerCase() : undefined))
    .pipe(z.email({ error: 'Geben Sie eine E-Mail-Adresse im richtigen Format an, zum Beispiel name@beispiel.de. Oder lassen Sie das Feld leer.' }).optional()),
  expiresOn,
});
export type NewReader = z.output<typeof newReaderSchema>;
