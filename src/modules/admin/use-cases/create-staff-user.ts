import { audit } from '../../../kernel/audit';
import { createUser, EmailTakenError, type UserRow } from '../../../kernel/auth';
import { refuse, type Outcome } from '../../../kernel/http';
import { requireUserManagement, type AdminActor } from '../policies';
import type { NewUserInput } from '../schemas';
import { refuseUnknownChoices } from './access-choices';
import { sorted, type CatalogueContext } from './context';
import { issueSetPasswordLink } from './issue-set-password-link';

export interface CreatedUser {
  user: UserRow;
  /** Also mailed; the CLI prints it because a terminal has no outbox to click in. */
  setPasswordLink: string;
}

export const EMAIL_TAKEN_MESSAGE = 'Unter dieser E-Mail-Adresse gibt es schon ein Konto. Suchen Sie es in der Liste und ändern Sie dort die Rolle.';

/**
 * Creates a staff or admin account without a password and mails a link to set one. The address
 * counts as confirmed: the account is unusable until someone with access to that mailbox sets a password.
 */
export async function createStaffUser(actor: AdminActor, input: NewUserInput, context: CatalogueContext): Promise<Outcome<CreatedUser>> {
  requireUserManagement(actor);
  return context.db.transaction(async (tx): Promise<Outcome<CreatedUser>> => {
    const unknown = await refuseUnknownChoices(tx, context.modules, input);
    if (unknown) return refuse(unknown);
    let user: UserRow;
    try {
      user = await createUser(tx, { ...input, emailVerified: true });
    } catch (error) {
      // The insert did nothing (ON CONFLICT DO NOTHING), so the transaction is still usable.
      if (error instanceof EmailTakenError) return refuse({ email: EMAIL_TAKEN_MESSAGE });
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
    return { ok: true, user, setPasswordLink };
  });
}
