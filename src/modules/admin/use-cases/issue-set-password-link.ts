import { and, eq, isNull, sql } from 'drizzle-orm';
import { randomToken, sha256, userTokens } from '../../../kernel/auth';
import type { Executor } from '../../../kernel/db';
import { sendMail } from '../../../kernel/mail';
import type { UseCaseContext } from './context';

/** Staff may be on leave when their account is created; a week is long enough and short enough. */
export const SET_PASSWORD_DAYS = 7;

/** The accounts module serves this page; it accepts `reset-password` tokens (only their hash is stored). */
export function setPasswordUrl(baseUrl: string, token: string): string {
  return `${baseUrl}/konto/passwort-neu/${token}`;
}

interface Recipient {
  id: string;
  email: string;
  displayName: string;
}

function mailText(recipient: Recipient, link: string, context: UseCaseContext): string {
  const { baseUrl, municipality } = context.config;
  return [
    `Guten Tag ${recipient.displayName},`,
    '',
    `für Sie gibt es ein Konto im Stadtportal der ${municipality.officialName}.`,
    'Legen Sie Ihr Passwort über diesen Link fest:',
    '',
    link,
    '',
    `Der Link ist ${SET_PASSWORD_DAYS} Tage gültig und funktioniert nur einmal.`,
    `Danach melden Sie sich mit Ihrer E-Mail-Adresse ${recipient.email} an: ${baseUrl}/konto/anmelden`,
    '',
    'Wenn Sie kein Konto erwartet haben, können Sie diese E-Mail ignorieren.',
    '',
    'Mit freundlichen Grüßen',
    municipality.officialName,
  ].join('\n');
}

/**
 * Issues a one-time set-password link and queues the mail in the caller's transaction. Earlier
 * unused links of the account stop working, so only the newest mail counts.
 */
export async function issueSetPasswordLink(tx: Executor, recipient: Recipient, context: UseCaseContext): Promise<string> {
  await tx
    .update(userTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(userTokens.userId, recipient.id), eq(userTokens.purpose, 'reset-password'), isNull(userTokens.usedAt)));
  const token = randomToken();
  await tx.insert(userTokens).values({
    tokenHash: sha256(token),
    userId: recipient.id,
    purpose: 'reset-password',
    expiresAt: sql`now() + ${`${SET_PASSWORD_DAYS} days`}::interval`,
  });
  const link = setPasswordUrl(context.config.baseUrl, token);
  await sendMail(tx, {
    to: recipient.email,
    subject: `Ihr Zugang zum Stadtportal der ${context.config.municipality.officialName}`,
    text: mailText(recipient, link, context),
  });
  return link;
}
