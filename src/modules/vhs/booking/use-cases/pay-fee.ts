import { and, eq, sql } from 'drizzle-orm';
import { audit } from '../../../../kernel/audit';
import { loadAuthorized, requireSection, type Actor } from '../../../../kernel/auth';
import { AppError, errors } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { paymentProviders, type PaymentProvider } from '../../../applications';
import { isBooker, mayManageVhs } from '../../policies';
import { vhsBookings, type VhsBooking } from '../../tables';
import { BOOKING_PATHS } from '../paths';
import { findBooking } from '../repository';
import { refundOverpayment } from './refund-overpayment';
import { loadStaffBooking } from './staff-booking';

const notPayable = () => new AppError('payment_not_possible', { status: 409, userMessage: 'Für diese Buchung ist im Moment keine Zahlung möglich.' });

/** A fee is paid for a booked seat only: nothing while waiting, nothing for a cancelled course. */
export const mayPay = (booking: Pick<VhsBooking, 'state' | 'feeCents' | 'paymentState'>): boolean =>
  booking.state === 'booked' && booking.feeCents > 0 && booking.paymentState !== 'paid' && booking.paymentState !== 'open';

const findProvider = (deps: Pick<ModuleDeps, 'config'>, id: string | null): PaymentProvider | undefined =>
  paymentProviders(deps).find((provider) => provider.id === id);

/**
 * Starts the fee's payment at the chosen provider (the applications module's, shaped like
 * XBezahldienste): the provider's transaction is recorded on the booking, then the participant goes
 * to the provider's page, or back to the booking with the transfer details of an invoice.
 */
export async function startFeePayment(
  actor: Actor,
  input: { bookingId: string; providerId: string },
  deps: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<{ redirectUrl: string }> {
  if (!actor) throw errors.loginRequired();
  const provider = findProvider(deps, input.providerId);
  if (!provider) throw notPayable();
  return deps.db.transaction(async (tx) => {
    const booking = await loadAuthorized(actor, () => findBooking(tx, input.bookingId, { forUpdate: true }), isBooker, 'Die Buchung');
    if (!mayPay(booking)) throw notPayable();
    const returnPath = BOOKING_PATHS.minePaymentReturn(booking.id);
    const transaction = await provider.createTransaction(tx, {
      paymentId: booking.id,
      amountCents: booking.feeCents,
      purpose: booking.reference,
      returnUrl: new URL(returnPath, deps.config.baseUrl).toString(),
    });
    await tx
      .update(vhsBookings)
      .set({
        paymentProvider: provider.id,
        paymentTransactionId: transaction.transactionId,
        paymentState: 'open',
        paymentAmountCents: booking.feeCents,
        paymentInstructions: transaction.instructions ?? null,
        updatedAt: sql`now()`,
      })
      .where(eq(vhsBookings.id, booking.id));
    return { redirectUrl: transaction.redirectUrl ?? BOOKING_PATHS.mine(booking.id) };
  });
}

/**
 * After the participant comes back: asks the provider (the return itself proves nothing) and
 * records a final answer once. An invoice stays open until staff saw the transfer (markFeePaid).
 */
export async function checkFeePayment(actor: Actor, input: { bookingId: string }, deps: Pick<ModuleDeps, 'db' | 'config'>): Promise<VhsBooking> {
  if (!actor) throw errors.loginRequired();
  const booking = await loadAuthorized(actor, () => findBooking(deps.db, input.bookingId), isBooker, 'Die Buchung');
  if (booking.paymentState !== 'open' || !booking.paymentTransactionId || booking.paymentProvider === 'invoice') return booking;
  const provider = findProvider(deps, booking.paymentProvider);
  const status = provider ? await provider.fetchStatus(deps.db, booking.paymentTransactionId) : 'failed';
  if (status === 'open') return booking;
  const transactionId = booking.paymentTransactionId;
  return deps.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(vhsBookings)
      .set({ paymentState: status, paidAt: status === 'paid' ? sql`now()` : null, updatedAt: sql`now()` })
      .where(and(eq(vhsBookings.id, booking.id), eq(vhsBookings.paymentState, 'open'), eq(vhsBookings.paymentTransactionId, transactionId)))
      .returning();
    if (updated?.paymentState === 'paid') await refundOverpayment(tx, deps.config, updated, null);
    return updated ?? booking;
  });
}

/** Staff saw the transfer of an invoice: the fee is paid (audited). False if it was not an open invoice. */
export async function markFeePaid(
  actor: Actor,
  input: { courseId: string; bookingId: string; ip?: string },
  deps: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<boolean> {
  requireSection(actor, mayManageVhs);
  return deps.db.transaction(async (tx) => {
    const booking = await loadStaffBooking(tx, actor, input, { forUpdate: true });
    if (booking.paymentProvider !== 'invoice' || booking.paymentState !== 'open') return false;
    const [paid] = await tx
      .update(vhsBookings)
      .set({ paymentState: 'paid', paidAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(vhsBookings.id, booking.id))
      .returning();
    const refundCents = paid ? await refundOverpayment(tx, deps.config, paid, actor.id) : null;
    await audit(tx, actor, {
      action: 'vhs.payment.marked_paid',
      objectType: 'vhs_booking',
      objectId: booking.id,
      details: { reference: booking.reference, amountCents: booking.paymentAmountCents ?? booking.feeCents, refundCents },
      ip: input.ip,
    });
    return true;
  });
}

/** The providers the participant may choose, for the booking page. */
export const feeProviders = (deps: Pick<ModuleDeps, 'config'>): { id: string; label: string; hint: string }[] =>
  paymentProviders(deps).map(({ id, label, hint }) => ({ id, label, hint }));
