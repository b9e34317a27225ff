import { z } from 'zod';
import { optionalText, text } from '../../../../kernel/http';
import { optionalDay } from '../entry/fields';

/** OParl's suggested values of Organization.organizationType (spec 3.5), in its words. */
export const ORGANIZATION_TYPES = ['Gremium', 'Fraktion', 'Partei', 'Verwaltungsbereich', 'externes Gremium', 'Institution', 'Sonstiges'] as const;

/** A Gremium (OParl Organization) as staff enter it. */
export const gremiumSchema = z
  .object({
    name: text('den Namen', { max: 200 }),
    shortName: optionalText('Die Kurzbezeichnung', 40),
    organizationType: z.enum(ORGANIZATION_TYPES, { error: 'Wählen Sie die Art aus.' }),
    classification: optionalText('Die Einordnung', 100),
    startDate: optionalDay('Gebildet am'),
    endDate: optionalDay('Aufgelöst am'),
  })
  .superRefine((value, context) => {
    if (value.startDate && value.endDate && value.endDate < value.startDate) {
      context.addIssue({ code: 'custom', path: ['endDate'], message: 'Das Ende muss nach dem Beginn liegen.' });
    }
  });
