import { errors } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { confirmSubscription, findSubscription } from '../repository';
import { checkConfirmToken, manageToken } from '../tokens';

export type ConfirmationView = { kind: 'expired' } | { kind: 'ready'; label: string; confirmed: boolean };

/** Reads the link: 404 for a forged one or an alert that is gone, `expired` for one past its time. */
async function alertOfLink(token: string, deps: Pick<ModuleDeps, 'db' | 'config'>, now: Date) {
  const check = checkConfirmToken(deps.config.secret, token, now);
  if (!check.ok && check.reason === 'invalid') throw errors.notFound('Die Benachrichtigung');
  if (!check.ok) return null;
  const alert = await findSubscription(deps.db, check.id);
  if (!alert) throw errors.notFound('Die Benachrichtigung');
  return alert;
}

/** The confirmation page (GET: mail scanners open links, so only the button confirms). */
export async function showConfirmation(token: string, deps: Pick<ModuleDeps, 'db' | 'config'>, now = new Date()): Promise<ConfirmationView> {
  const alert = await alertOfLink(token, deps, now);
  return alert ? { kind: 'ready', label: alert.label, confirmed: alert.confirmedAt !== null } : { kind: 'expired' };
}

/** Confirms the alert (again: nothing changes) and gives the token of its management page. */
export async function confirmAlert(
  token: string,
  deps: Pick<ModuleDeps, 'db' | 'config'>,
  now = new Date(),
): Promise<{ kind: 'expired' } | { kind: 'confirmed'; manageToken: string }> {
  const alert = await alertOfLink(token, deps, now);
  if (!alert) return { kind: 'expired' };
  await confirmSubscription(deps.db, alert.id, now);
  return { kind: 'confirmed', manageToken: manageToken(deps.config.secret, alert.id) };
}
