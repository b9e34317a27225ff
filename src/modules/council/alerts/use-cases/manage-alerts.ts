import { errors } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { deleteSubscriptions, findSubscription, subscriptionsOfAddressOf } from '../repository';
import { checkManageToken, checkUnsubscribeToken, unsubscribeToken, type UnsubscribeScope } from '../tokens';

export interface ManagedAlert {
  label: string;
  confirmed: boolean;
  unsubscribeToken: string;
}

/** `b…@example.org`: enough for the owner to recognise the address, little for anyone the mail was forwarded to. */
export function maskedAddress(email: string): string {
  const at = email.lastIndexOf('@');
  return `${email.slice(0, 1)}…${email.slice(at)}`;
}

/** The management page of an address: every alert of the address the link's alert belongs to. */
export async function listAlerts(
  token: string,
  deps: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<{ address: string; alerts: ManagedAlert[]; unsubscribeAllToken: string }> {
  const id = checkManageToken(deps.config.secret, token);
  const rows = id ? await subscriptionsOfAddressOf(deps.db, id) : [];
  if (!id || rows.length === 0) throw errors.notFound('Die Benachrichtigung');
  const { secret } = deps.config;
  return {
    address: maskedAddress(rows[0]!.email),
    alerts: rows.map((row) => ({ label: row.label, confirmed: row.confirmedAt !== null, unsubscribeToken: unsubscribeToken(secret, row.id, 'one') })),
    unsubscribeAllToken: unsubscribeToken(secret, id, 'all'),
  };
}

export type UnsubscribeView = { kind: 'gone' } | { kind: 'ready'; scope: UnsubscribeScope; labels: string[] };

/** The unsubscribe page (GET never unsubscribes: mail scanners open links). 404 for a forged link. */
export async function showUnsubscribe(token: string, deps: Pick<ModuleDeps, 'db' | 'config'>): Promise<UnsubscribeView> {
  const link = checkUnsubscribeToken(deps.config.secret, token);
  if (!link) throw errors.notFound('Die Benachrichtigung');
  const alert = await findSubscription(deps.db, link.id);
  if (!alert) return { kind: 'gone' };
  const labels = link.scope === 'one' ? [alert.label] : (await subscriptionsOfAddressOf(deps.db, link.id)).map((row) => row.label);
  return { kind: 'ready', scope: link.scope, labels };
}

/**
 * Ends the alert, or every alert of its address (RFC 8058 one-click: the signed link is the proof, no
 * CSRF token is possible). The address is deleted with the last of them. Twice is fine: 0 the second time.
 */
export async function unsubscribeAlert(token: string, deps: Pick<ModuleDeps, 'db' | 'config'>): Promise<number> {
  const link = checkUnsubscribeToken(deps.config.secret, token);
  if (!link) throw errors.notFound('Die Benachrichtigung');
  return deleteSubscriptions(deps.db, link.id, link.scope);
}
