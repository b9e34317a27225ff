import type { Actor } from '../../../../kernel/auth';
import { hmac } from '../../../../kernel/auth';
import { AppError, consumeRateLimit, errors, guardAgainstSpam, refuse, type Outcome, type RateLimitRule } from '../../../../kernel/http';
import { sendMail } from '../../../../kernel/mail';
import type { ModuleDeps } from '../../../../kernel/module';
import { alreadySubscribedMail, confirmationMail } from '../mails';
import { upsertSubscription } from '../repository';
import { resolveAlertTarget, type AlertTarget } from '../targets';

/** The form's name in its spam stamp. */
export const ALERT_FORM = 'council.alert';
/** Per IP (the spam guard's counter): enough for a person setting up several alerts. */
export const ALERT_RATE_LIMIT: RateLimitRule = { limit: 10, windowSeconds: 3600 };
/** Per address: nobody can flood someone else's mailbox with confirmation mails. */
export const ADDRESS_RATE_LIMIT: RateLimitRule = { limit: 5, windowSeconds: 86_400 };

export interface AlertSubscription {
  email: string;
  target: AlertTarget;
  /** The form as sent, for the spam guard's fields. */
  fields: Record<string, unknown>;
  ip: string;
  now?: Date;
}

/**
 * Asks for an alert (no account needed): the target must be public, the spam guard and the limits
 * must pass, then the alert is stored unconfirmed and the confirmation mail queued in one transaction.
 * The answer never says whether the address had the alert already (that mail says it, to its owner).
 */
export async function subscribeToAlert(_actor: Actor, submission: AlertSubscription, deps: Pick<ModuleDeps, 'db' | 'config'>): Promise<Outcome> {
  const { db, config } = deps;
  const target = await resolveAlertTarget(db, submission.target);
  if (!target) throw errors.notFound('Die Vorlage oder das Gremium');
  const spam = await guardAgainstSpam(
    db,
    { fields: submission.fields, ip: submission.ip },
    { secret: config.secret, rule: { form: ALERT_FORM, rateLimit: ALERT_RATE_LIMIT } },
  );
  if (!spam.ok) return refuse(spam.errors);
  try {
    await consumeRateLimit(db, `council.alert-address:${hmac(config.secret, submission.email)}`, ADDRESS_RATE_LIMIT);
  } catch (error) {
    if (error instanceof AppError && error.status === 429) {
      return refuse({
        email: 'An diese Adresse haben wir heute schon mehrere Bestätigungen geschickt. Sehen Sie in Ihr Postfach oder versuchen Sie es morgen noch einmal.',
      });
    }
    throw error;
  }
  const context = { baseUrl: config.baseUrl, secret: config.secret, town: config.municipality.name };
  await db.transaction(async (tx) => {
    const { id, confirmed } = await upsertSubscription(tx, submission.email, target);
    await sendMail(
      tx,
      confirmed
        ? alreadySubscribedMail(context, submission.email, id, target.label)
        : confirmationMail(context, submission.email, id, target.label, submission.now ?? new Date()),
    );
  });
  return { ok: true };
}
