import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import { refuse, type Outcome } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import type { ChargeFee } from '../../lending-schemas';
import { insertFee, markFeePaid } from '../../lending/repository';
import { withReaderAtDesk } from './with-reader';

/** Charges a fee (overdue, lost, damaged, card, other) to the reader. */
export async function chargeFee(actor: Actor, input: ChargeFee & { readerId: string; ip: string }, deps: Pick<ModuleDeps, 'db'>): Promise<void> {
  await withReaderAtDesk(actor, input.readerId, deps, async (tx, reader) => {
    const fee = await insertFee(tx, { readerId: reader.id, reason: input.reason, description: input.description ?? '', amountCents: input.amount });
    await audit(tx, actor, {
      action: 'library.fee.charged',
      objectType: 'library_fee',
      objectId: fee.id,
      details: { readerId: reader.id, reason: fee.reason, amountCents: fee.amountCents },
      ip: input.ip,
    });
  });
}

/** Records that an open fee was paid at the desk; a fee paid already (a second click) is refused. */
export async function settleFee(
  actor: Actor,
  input: { readerId: string; feeId: string; ip: string },
  deps: Pick<ModuleDeps, 'db'>,
): Promise<Outcome<{ amountCents: number }>> {
  return withReaderAtDesk(actor, input.readerId, deps, async (tx, reader) => {
    const fee = await markFeePaid(tx, reader.id, input.feeId);
    if (!fee) return refuse({ gebuehren: 'Diese Gebühr ist bereits bezahlt oder gehört nicht zu diesem Ausweis.' });
    await audit(tx, actor, {
      action: 'library.fee.paid',
      objectType: 'library_fee',
      objectId: fee.id,
      details: { readerId: reader.id, amountCents: fee.amountCents },
      ip: input.ip,
    });
    return { ok: true as const, amountCents: fee.amountCents };
  });
}
