import { z } from 'zod';
import { email, text } from '../../../kernel/http';
import { normaliseMobileNumber } from '../../../kernel/sms';

const MOBILE_MESSAGE = 'Geben Sie eine Mobilfunknummer an, zum Beispiel 0170 1234567, oder nehmen Sie den Haken bei „Erinnerung per SMS“ heraus.';

const reminderFields = {
  telefon: z.string().trim().max(40, { error: MOBILE_MESSAGE }).optional(),
  erinnerung: z.literal('ja').optional(),
};

function withMobile(value: { telefon?: string | undefined; erinnerung?: 'ja' | undefined }, context: z.RefinementCtx) {
  if (value.erinnerung && !normaliseMobileNumber(value.telefon ?? '')) context.addIssue({ code: 'custom', path: ['telefon'], message: MOBILE_MESSAGE });
}

/** The details page of a guest: name and e-mail address, optionally a mobile number for the SMS reminder. */
export const guestDetailsSchema = z.object({ name: text('Ihren Namen', { max: 120 }), email: email(), ...reminderFields }).superRefine(withMobile);

/** Logged in: name and address come from the account; only the reminder is asked. */
export const accountDetailsSchema = z.object(reminderFields).superRefine(withMobile);
