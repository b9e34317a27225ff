import { audit } from '../../../kernel/audit';
import { createUser, EmailTakenError, type UserRow } from '../../../kernel/auth';
import { errors } from '../../../kernel/http';
import { requireUserManagement, type AdminActor } from '../policies';
import type { NewUserInput } from '../schemas';
import { sorted, type UseCaseContext } from './context';
import { issueSetPasswordLink } from './issue-set-password-link';

export interface CreatedUser {
  user: UserRow;
  /** Also mailed; the CLI prints it because a terminal has no outbox to click in. */
  setPasswordLink: string;
}

/**
 * Creates a staff or admin account without a password and mails a link to set one. The address
 * counts as confirmed: the account is unusable until someone with access to that mailbox sets a password.
 */
export async function createStaffUser(actor: AdminActor, input: NewUserInput, context: UseCaseContext): Promise<CreatedUser> {
  requireUserManagement(actor);
  return context.db.transaction(async (tx) => {
    let user: UserRow;
    try {
      user = await createUser(tx, { ...input, emailVerified: true });
    } catch (error) {
      if (error instanceof EmailTakenError) {
        throw errors.validation({ email: 'Unter dieser E-Mail-Adresse gibt es schon ein Konto. Suchen Sie es in der Liste und ändern Sie dort die Rolle.' });
      }
      throw error;
    }
    const setPasswordLink = await issueSetPasswordLink(tx, user, context);
    await audit(tx, actor, {
      action: 'admin.user_created',
      objectType: 'user',
      objectId: user.id,
      details: { email: user.email, role: user.role, departments: sorted(input.departments), permissions: sorted(input.permissions) },
      ip: context.ip,
    });
    return { user, setPasswordLink };
  });
}
