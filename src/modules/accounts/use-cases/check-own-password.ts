import { findUserById, verifyPassword, type CurrentUser } from '../../../kernel/auth';
import type { Executor } from '../../../kernel/db';
import type { FieldErrors } from '../../../kernel/http';
import { countAttempt, refundAttempt } from '../limits';

/**
 * Re-checks the password of a logged-in person before a sensitive change (a session left open on
 * a shared computer must not be enough). Guesses count against the login limits of the account.
 * Accounts without a password (created through OpenID Connect) have nothing to check.
 * Returns the error for `field`, or undefined when the password is right.
 */
export async function checkOwnPassword(db: Executor, actor: CurrentUser, password: string, field: string, ip: string): Promise<FieldErrors | undefined> {
  const user = await findUserById(db, actor.id);
  if (!user?.passwordHash) return undefined;
  if (password === '') return { [field]: 'Geben Sie Ihr aktuelles Passwort ein.' };
  await countAttempt(db, 'login', ip, user.email);
  if (await verifyPassword(user.passwordHash, password)) {
    await refundAttempt(db, 'login', ip, user.email);
    return undefined;
  }
  return { [field]: 'Das Passwort ist nicht richtig. Geben Sie Ihr aktuelles Passwort ein.' };
}
