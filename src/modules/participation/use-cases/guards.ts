import type { Actor, CurrentUser } from '../../../kernel/auth';
import { AppError, errors, guardAgainstSpam, type FieldErrors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { mayParticipate } from '../policies';
import type { FORMS } from '../abuse';

/** Visitors are asked to log in; an account whose address is not confirmed is told what to do (403). */
export function requireParticipant(actor: Actor): asserts actor is CurrentUser {
  if (!actor) throw errors.loginRequired();
  if (!mayParticipate(actor)) {
    throw new AppError('email_unconfirmed', {
      status: 403,
      userMessage: 'Bestätigen Sie zuerst Ihre E-Mail-Adresse: Den Link dazu haben wir Ihnen bei der Registrierung geschickt. Danach können Sie mitmachen.',
    });
  }
}

/** What a form sends besides its own fields, for the spam guard. */
export interface Submitted {
  fields: Record<string, unknown>;
  ip: string;
}

/**
 * The kernel's spam guard (honeypot, signed form stamp) on a logged-in form; its IP allowance is
 * generous here, since the per-account allowance (abuse.ts) is the one that bites.
 */
export async function passesSpamGuard(
  form: (typeof FORMS)[keyof typeof FORMS],
  submitted: Submitted,
  deps: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<{ ok: true } | { ok: false; errors: FieldErrors }> {
  const check = await guardAgainstSpam(
    deps.db,
    { fields: submitted.fields, ip: submitted.ip },
    { secret: deps.config.secret, rule: { form, rateLimit: { limit: 200, windowSeconds: 3600 } } },
  );
  return check.ok ? { ok: true } : { ok: false, errors: check.errors };
}
