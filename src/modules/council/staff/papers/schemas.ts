import { z } from 'zod';
import { optionalText, text } from '../../../../kernel/http';
import { flag, idList, optionalId, requiredDay } from '../entry/fields';
import { checkCoordinates, placeFields } from '../entry/place';

/** The paper types German councils use most (OParl leaves paperType free). */
export const PAPER_TYPES = ['Beschlussvorlage', 'Mitteilungsvorlage', 'Antrag', 'Anfrage', 'Stellungnahme', 'Bericht'] as const;

/** "V/2026/0012, V/2026/0013" → the references, each once. */
const referenceList = z
  .string()
  .trim()
  .max(2000, { error: 'Geben Sie höchstens 2000 Zeichen an.' })
  .optional()
  .transform((value) => [
    ...new Set(
      (value ?? '')
        .split(/[,;\n]/)
        .map((item) => item.trim())
        .filter(Boolean),
    ),
  ]);

/** A paper (Drucksache) as staff enter it. */
export const paperSchema = z
  .object({
    reference: text('die Drucksachennummer', { max: 60 }),
    name: text('den Titel', { max: 500 }),
    paperType: z.enum(PAPER_TYPES, { error: 'Wählen Sie die Art der Vorlage aus.' }),
    date: requiredDay('das Datum'),
    underDirectionOfId: optionalId(),
    originatorOrganizationIds: idList(),
    originatorPersonIds: idList(),
    nonPublic: flag(),
    relatedReferences: referenceList,
    ...placeFields,
  })
  .superRefine(checkCoordinates);
export type PaperInput = z.output<typeof paperSchema>;

/** A Beratung of the paper: Gremium, optionally the meeting, the role and whether it decides. */
export const consultationSchema = z.object({
  organizationId: z.uuid({ error: 'Wählen Sie das Gremium aus.' }),
  meetingId: optionalId(),
  role: optionalText('Die Rolle', 100),
  authoritative: flag(),
});

/** The list's filter: anything odd is ignored, a list always answers. */
export const paperFilterSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  art: z.enum(PAPER_TYPES).optional().catch(undefined),
});
export type PaperFilter = z.output<typeof paperFilterSchema>;
