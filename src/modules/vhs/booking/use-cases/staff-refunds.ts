import { audit } from '../../../../kernel/audit';
import { loadAuthorized, requireSection, type Actor } from '../../../../kernel/auth';
import { sendMail } from '../../../../kernel/mail';
import type { ModuleDeps } from '../../../../kernel/module';
import { mayManageVhs } from '../../policies';
import { findRefund, markRefundSettled, openRefunds, settledRefunds, type RefundRow } from '../refund-repository';
import { refundSettledMail } from '../refund-mails';
import { bookerEmail, findBooking, isUuid } from '../repository';

/** How many transferred refunds the list shows below the open ones. */
const SETTLED_SHOWN = 50;

/** The staff list "Erstattungen": every open refund (oldest first), then the latest transferred ones. */
export async function listRefunds(actor: Actor, deps: Pick<ModuleDeps, 'db'>): Promise<{ open: RefundRow[]; settled: RefundRow[] }> {
  requireSection(actor, mayManageVhs);
  const [open, settled] = await Promise.all([openRefunds(deps.db), settledRefunds(deps.db, SETTLED_SHOWN)]);
  return { open, settled };
}

/** One refund, for the confirmation page; 404 for anyone without vhs.manage and for unknown ids. */
export async function showRefund(actor: Actor, input: { refundId: string }, deps: Pick<ModuleDeps, 'db'>): Promise<RefundRow> {
  requireSection(actor, mayManageVhs);
  return loadAuthorized(actor, async () => (isUuid(input.refundId) ? findRefund(deps.db, input.refundId) : null), mayManageVhs, 'Die Erstattung');
}

/**
 * Staff saw the transfer made in the VHS's administration system: the refund is settled (by whom,
 * when), audited, and the participant told, in one transaction. False when it was settled already
 * (a second click, or a colleague first): nothing changes and nobody is mailed twice.
 */
export async function settleRefund(actor: Actor, input: { refundId: string; ip?: string }, deps: Pick<ModuleDeps, 'db' | 'config'>): Promise<boolean> {
  requireSection(actor, mayManageVhs);
  return deps.db.transaction(async (tx) => {
    const found = await loadAuthorized(actor, async () => (isUuid(input.refundId) ? findRefund(tx, input.refundId) : null), mayManageVhs, 'Die Erstattung');
    const settled = await markRefundSettled(tx, found.refund.id, actor.id);
    if (!settled) return false;
    const booking = settled.bookingId ? await findBooking(tx, settled.bookingId) : null;
    const to = booking ? await bookerEmail(tx, booking.bookerId) : null;
    if (booking && to) await sendMail(tx, refundSettledMail(deps.config, to, found.course, booking, settled));
    await audit(tx, actor, {
      action: 'vhs.refund.settled',
      objectType: 'vhs_refund',
      objectId: settled.id,
      details: { reference: settled.reference, reason: settled.reason, amountCents: settled.amountCents },
      ip: input.ip,
    });
    return true;
  });
}
