import type { ModuleDeps } from '../../../../kernel/module';
import type { Fees, PaiaDocument, Patron } from '../../lending/connector';
import { connectorFor } from '../../lending/connectors';
import { readerOf, type ReaderVisitor } from '../visitor';

export interface ReaderAccount {
  cardNumber: string;
  linkedToAccount: boolean;
  patron: Patron;
  loans: PaiaDocument[];
  holds: PaiaDocument[];
  fees: Fees;
}

/** The reader's account through the library's connector; undefined when the visitor has no card session or linked card. */
export async function showReaderAccount(visitor: ReaderVisitor, deps: Pick<ModuleDeps, 'db' | 'config'>): Promise<ReaderAccount | undefined> {
  const reader = await readerOf(deps.db, visitor);
  if (!reader) return undefined;
  const connector = connectorFor(deps);
  const [patron, items, fees] = await Promise.all([connector.patron(reader.id), connector.items(reader.id), connector.fees(reader.id)]);
  if (!patron) return undefined;
  return {
    cardNumber: reader.cardNumber,
    linkedToAccount: visitor.user !== null && reader.userId === visitor.user.id,
    patron,
    loans: items.filter((doc) => doc.status === 3),
    holds: items.filter((doc) => doc.status === 1 || doc.status === 4),
    fees,
  };
}
