import { z } from 'zod';

const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/**
 * Receivers outside the machine must be reached over TLS: the body names a reference and the
 * signature is replayable otherwise. Answers the message for the person, or undefined when fine.
 */
export function webhookUrlProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'Geben Sie eine vollständige Adresse an, zum Beispiel https://fachverfahren.example/stadtportal.';
  }
  const local = LOCAL_HOSTS.includes(parsed.hostname);
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && local)) return 'Die Adresse muss mit https:// beginnen (http:// nur für localhost).';
  if (parsed.username || parsed.password) return 'Die Adresse darf keinen Benutzernamen und kein Passwort enthalten. Die Signatur weist die Herkunft nach.';
  return undefined;
}

/** The create form; the use case checks the same rules again, because the CLI calls it too. */
export const WebhookFormSchema = z.object({
  department: z
    .string({ error: 'Wählen Sie den Fachbereich aus.' })
    .trim()
    .min(1, { error: 'Wählen Sie den Fachbereich aus.' })
    .max(100, { error: 'Wählen Sie den Fachbereich aus.' }),
  url: z
    .string({ error: 'Geben Sie die Adresse des Empfängers an.' })
    .trim()
    .min(1, { error: 'Geben Sie die Adresse des Empfängers an.' })
    .max(2000, { error: 'Die Adresse darf höchstens 2000 Zeichen lang sein.' })
    .superRefine((url, context) => {
      const problem = webhookUrlProblem(url);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    }),
});

export type WebhookFormInput = z.output<typeof WebhookFormSchema>;
