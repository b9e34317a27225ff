import { audit } from '../../../../kernel/audit';
import { loadAuthorized, requireThat, type Actor } from '../../../../kernel/auth';
import { errors } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { formatMoney } from '../../../../kernel/views';
import { mayProcessApplication, mayProcessApplications } from '../../policies';
import { findApplication, type ApplicationRow } from '../../repository';
import { addPaymentEvent, findPayment, setApplicationPaymentStatus, updatePayment } from '../repository';

const maySeeSubmitted = (actor: Actor, application: ApplicationRow) => application.status !== 'draft' && mayProcessApplication(actor, application);

/**
 * The Stadtkasse saw the transfer: staff of the department mark an open invoice payment as paid.
 * Audited in the same transaction. Returns false if the payment was not an open invoice (already
 * marked, or paid online).
 */
export async function markInvoicePaid(
  actor: Actor,
  { applicationId, paymentId, ip }: { applicationId: string; paymentId: string; ip?: string },
  deps: Pick<ModuleDeps, 'db'>,
): Promise<boolean> {
  requireThat(actor, mayProcessApplications);
  return deps.db.transaction(async (tx) => {
    const application = await loadAuthorized(actor, () => findApplication(tx, applicationId, { forUpdate: true }), maySeeSubmitted, 'Der Antrag');
    const payment = await findPayment(tx, application.id, paymentId, { forUpdate: true });
    if (!payment) throw errors.notFoundOrForbidden('Die Zahlung');
    if (payment.provider !== 'invoice' || payment.status !== 'open') return false;
    await updatePayment(tx, payment.id, { status: 'paid', paidAt: new Date() });
    await setApplicationPaymentStatus(tx, application.id, 'paid');
    await addPaymentEvent(tx, {
      applicationId: application.id,
      actorId: actor.id,
      text: `Zahlung über ${formatMoney(payment.amountCents)} ist eingegangen (Überweisung).`,
    });
    await audit(tx, actor, {
      action: 'applications.payment.marked_paid',
      objectType: 'application',
      objectId: application.id,
      details: { reference: application.reference, paymentId: payment.id, amountCents: payment.amountCents },
      ip,
    });
    return true;
  });
}
