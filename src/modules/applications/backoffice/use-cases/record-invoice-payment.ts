import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { markInvoicePaid } from '../../payments';
import { loadForStaff } from './load-for-staff';

/**
 * The back office's "Rechnung bezahlt": our own check first, so everyone who may not process this
 * application gets the same 404 as elsewhere in the back office; the payments module does the rest.
 */
export async function recordInvoicePayment(
  actor: Actor,
  input: { id: string; paymentId: string; ip: string },
  deps: Pick<ModuleDeps, 'db'>,
): Promise<{ marked: boolean }> {
  await loadForStaff(deps.db, actor, input.id);
  return { marked: await markInvoicePaid(actor, { applicationId: input.id, paymentId: input.paymentId, ip: input.ip }, deps) };
}
