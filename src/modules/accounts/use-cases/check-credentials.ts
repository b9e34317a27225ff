import { audit } from '../../../kernel/audit';
import { findUserByEmail, verifyPassword, type UserRow } from '../../../kernel/auth';
import type { Actor } from '../../../kernel/auth';
import type { AccountDeps } from '../context';
import { countAttempt, refundAttempt } from '../limits';
import type { LoginInput } from '../schemas';

export type CredentialsResult =
  | { ok: true; user: UserRow }
  /** `invalid` covers unknown addresses and wrong passwords alike; the other two need the right password. */
  | { ok: false; reason: 'invalid' | 'unverified' | 'disabled' };

/**
 * Checks e-mail and password for a login, rate limited per IP and per address. Unknown addresses
 * cost the same time as wrong passwords (verifyPassword hashes against a dummy), and failures are
 * audited without naming the address that was typed.
 */
export async function checkCredentials(_actor: Actor, input: LoginInput, { db, ip }: Pick<AccountDeps, 'db' | 'ip'>): Promise<CredentialsResult> {
  await countAttempt(db, 'login', ip, input.email);
  const user = await findUserByEmail(db, input.email);
  const passwordOk = await verifyPassword(user?.passwordHash, input.password);
  if (!user || !passwordOk) {
    await failed(db, user, 'invalid', ip);
    return { ok: false, reason: 'invalid' };
  }
  await refundAttempt(db, 'login', ip, input.email);
  const reason = user.disabledAt ? 'disabled' : user.emailVerifiedAt ? undefined : 'unverified';
  if (reason) {
    await failed(db, user, reason, ip);
    return { ok: false, reason };
  }
  return { ok: true, user };
}

async function failed(db: AccountDeps['db'], user: UserRow | undefined, reason: string, ip: string): Promise<void> {
  await audit(
    db,
    { id: null, label: 'anonym' },
    {
      action: 'auth.login_failed',
      ...(user ? { objectType: 'user', objectId: user.id } : {}),
      details: { reason: user ? reason : 'unknown_account' },
      ip,
    },
  );
}
