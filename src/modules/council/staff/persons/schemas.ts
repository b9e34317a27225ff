import { z } from 'zod';
import { optionalText, text } from '../../../../kernel/http';
import { flag, optionalDay, optionalId } from '../entry/fields';

/** The forms of address OParl's samples use; "keine" leaves it out. */
export const FORMS_OF_ADDRESS = ['Frau', 'Herr', 'keine'] as const;

/** A Person as the council publishes it: name parts, title, form of address. No contact data (task point 1). */
export const personSchema = z.object({
  formOfAddress: z.enum(FORMS_OF_ADDRESS, { error: 'Wählen Sie die Anrede aus.' }).transform((value) => (value === 'keine' ? null : value)),
  title: optionalText('Der Titel', 60),
  givenName: text('den Vornamen', { max: 100 }),
  familyName: text('den Nachnamen', { max: 100 }),
  affix: optionalText('Der Namenszusatz', 60),
});
export type PersonInput = z.output<typeof personSchema>;

/** A membership of the person in a Gremium or Fraktion. */
export const membershipSchema = z
  .object({
    organizationId: z.uuid({ error: 'Wählen Sie das Gremium aus.' }),
    role: optionalText('Die Rolle', 100),
    votingRight: flag(),
    startDate: optionalDay('Beginn'),
    endDate: optionalDay('Ende'),
    onBehalfOfId: optionalId(),
  })
  .superRefine((value, context) => {
    if (value.startDate && value.endDate && value.endDate < value.startDate) {
      context.addIssue({ code: 'custom', path: ['endDate'], message: 'Das Ende muss nach dem Beginn liegen.' });
    }
  });
