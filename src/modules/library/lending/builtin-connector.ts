import { FEE_REASON_LABELS } from '../presenters';
import { moduleSettings } from '../../../kernel/config';
import type { ModuleDeps } from '../../../kernel/module';
import { cancelHold, placeHold, renewLoan } from './circulation';
import { libraryMailContext } from './mails';
import { paiaAmount, type DocumentRef, type Fees, type LibraryConnector, type PaiaDocument, type Patron } from './connector';
import { feesOf, findItemByBarcode, findReader, holdsOf, loansOf, openFeeCents } from './repository';
import { addDays, renewalRefusal, today } from './rules';
import { lendingSettings } from './settings';
import { barcodeOf, editionUri, itemUri, recordIdOf } from './uris';

const FEE_TYPES = FEE_REASON_LABELS;

function about(title: string, authors: string[], year: number | null): string {
  const author = authors[0];
  return `${author ? `${author}: ` : ''}${title}${year ? ` (${year})` : ''}`;
}

/**
 * The portal's own lending system as a PAIA-shaped connector: the patron identifier is the reader's
 * id. Loans are status 3 (held), holds status 1 (reserved) or 4 (provided: ready for pickup).
 */
export function builtinConnector(deps: Pick<ModuleDeps, 'db' | 'config'>): LibraryConnector {
  const { db, config } = deps;
  const base = config.baseUrl;
  const rules = () => moduleSettings(deps, lendingSettings);

  async function reader(patronId: string) {
    const row = await findReader(db, patronId);
    if (!row) throw new Error('unknown patron');
    return row;
  }

  async function itemIdOf(ref: DocumentRef): Promise<string | undefined> {
    const barcode = ref.item ? barcodeOf(base, ref.item) : undefined;
    const item = barcode ? await findItemByBarcode(db, barcode) : undefined;
    return item?.id;
  }

  return {
    async patron(patronId): Promise<Patron | undefined> {
      const row = await findReader(db, patronId);
      if (!row) return undefined;
      const expired = row.expiresOn < today();
      return { name: row.name, ...(row.email ? { email: row.email } : {}), expires: row.expiresOn, status: expired ? 2 : 0 };
    },

    async items(patronId): Promise<PaiaDocument[]> {
      const day = today();
      const [loans, holds] = await Promise.all([loansOf(db, patronId), holdsOf(db, patronId)]);
      const lent: PaiaDocument[] = loans.map((loan) => ({
        status: 3,
        item: itemUri(base, loan.recordId, loan.barcode),
        edition: editionUri(base, loan.recordId),
        about: about(loan.title, loan.authors, loan.year),
        label: loan.shelfmark,
        queue: loan.waiting,
        renewals: loan.renewals,
        starttime: loan.lentAt.toISOString(),
        endtime: loan.dueOn,
        cancancel: false,
        canrenew: renewalRefusal(loan, loan.waiting, rules(), day) === undefined,
      }));
      const held: PaiaDocument[] = holds.map((hold) => ({
        status: hold.readyAt ? 4 : 1,
        item: itemUri(base, hold.recordId, hold.barcode),
        edition: editionUri(base, hold.recordId),
        about: about(hold.title, hold.authors, hold.year),
        label: hold.shelfmark,
        queue: hold.position,
        starttime: hold.createdAt.toISOString(),
        ...(hold.readyAt ? { endtime: addDays(today(hold.readyAt), rules().holdPickupDays) } : {}),
        cancancel: true,
      }));
      return [...lent, ...held];
    },

    async request(patronId, docs) {
      const row = await reader(patronId);
      const answers: PaiaDocument[] = [];
      for (const doc of docs) {
        const recordId = doc.edition ? recordIdOf(base, doc.edition) : undefined;
        const outcome = recordId ? await db.transaction((tx) => placeHold(tx, row, recordId)) : { ok: false as const, message: 'Diesen Titel gibt es nicht.' };
        answers.push(outcome.ok ? { status: 1, ...doc, queue: outcome.position, cancancel: true } : { status: 5, ...doc, error: outcome.message });
      }
      return answers;
    },

    async renew(patronId, docs) {
      const row = await reader(patronId);
      const answers: PaiaDocument[] = [];
      for (const doc of docs) {
        const itemId = await itemIdOf(doc);
        const outcome = itemId
          ? await db.transaction((tx) => renewLoan(tx, row, itemId, rules()))
          : { ok: false as const, message: 'Dieses Medium ist nicht auf Ihrem Ausweis entliehen.' };
        answers.push(outcome.ok ? { status: 3, ...doc, about: outcome.title, endtime: outcome.dueOn } : { status: 3, ...doc, error: outcome.message });
      }
      return answers;
    },

    async cancel(patronId, docs) {
      const row = await reader(patronId);
      const answers: PaiaDocument[] = [];
      for (const doc of docs) {
        const itemId = await itemIdOf(doc);
        const outcome = itemId
          ? await db.transaction((tx) => cancelHold(tx, row, itemId, rules(), libraryMailContext(deps)))
          : { ok: false as const, message: 'Diese Vormerkung gibt es nicht (mehr).' };
        answers.push(outcome.ok ? { status: 0, ...doc } : { status: 1, ...doc, error: outcome.message });
      }
      return answers;
    },

    async fees(patronId): Promise<Fees> {
      const [rows, total] = await Promise.all([feesOf(db, patronId, { openOnly: true }), openFeeCents(db, patronId)]);
      return {
        amount: paiaAmount(total),
        fee: rows.map((fee) => ({
          amount: paiaAmount(fee.amountCents),
          date: fee.createdAt.toISOString(),
          about: fee.description || FEE_TYPES[fee.reason],
          feetype: FEE_TYPES[fee.reason],
        })),
      };
    },
  };
}
