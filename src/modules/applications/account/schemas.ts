import { z } from 'zod';

export const MESSAGE_SUBJECT_MAX = 200;
export const MESSAGE_BODY_MAX = 5000;

function requiredText(missing: string, tooLong: string, max: number) {
  return z.string({ error: missing }).trim().min(1, { error: missing }).max(max, { error: tooLong });
}

/** A reply in the Postfach; attachments come separately from the multipart body. */
export const MessageSchema = z.object({
  subject: requiredText('Geben Sie einen Betreff an.', `Der Betreff darf höchstens ${MESSAGE_SUBJECT_MAX} Zeichen lang sein.`, MESSAGE_SUBJECT_MAX),
  body: requiredText(
    'Schreiben Sie Ihre Nachricht.',
    `Ihre Nachricht darf höchstens ${MESSAGE_BODY_MAX.toLocaleString('de-DE')} Zeichen lang sein. Kürzen Sie den Text.`,
    MESSAGE_BODY_MAX,
  ),
});
export type MessageInput = z.output<typeof MessageSchema>;
