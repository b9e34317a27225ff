import { audit } from '../../../../kernel/audit';
import { requireSection, type Actor } from '../../../../kernel/auth';
import { refuse, type Outcome } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { moduleSettings } from '../../../../kernel/config';
import { lendItem, renewLoan, returnItem } from '../../lending/circulation';
import { libraryMailContext } from '../../lending/mails';
import { findItemByBarcode } from '../../lending/repository';
import { lendingSettings } from '../../lending/settings';
import { mayLend } from '../../policies';
import { withReaderAtDesk } from './with-reader';

type Deps = Pick<ModuleDeps, 'db' | 'config'>;

/** Lends a copy (scanned barcode) to the reader; refused when it is lent, held for someone else or not lendable. */
export async function lendAtDesk(
  actor: Actor,
  input: { readerId: string; barcode: string; ip: string },
  deps: Deps,
): Promise<Outcome<{ title: string; dueOn: string }>> {
  return withReaderAtDesk(actor, input.readerId, deps, async (tx, reader) => {
    const result = await lendItem(tx, reader, input.barcode, moduleSettings(deps, lendingSettings));
    if (!result.ok) return refuse({ barcode: result.message });
    await audit(tx, actor, {
      action: 'library.loan.created',
      objectType: 'library_reader',
      objectId: reader.id,
      details: { barcode: result.item.barcode, dueOn: result.dueOn },
      ip: input.ip,
    });
    return { ok: true as const, title: result.item.title, dueOn: result.dueOn };
  });
}

/** Books a copy back in by its barcode; the next hold becomes ready and its reader gets an e-mail. */
export async function returnAtDesk(
  actor: Actor,
  input: { barcode: string; ip: string },
  deps: Deps,
): Promise<Outcome<{ title: string; readerId: string; overdueDays: number; heldForNext: boolean }>> {
  requireSection(actor, mayLend);
  return deps.db.transaction(async (tx) => {
    const result = await returnItem(tx, input.barcode, moduleSettings(deps, lendingSettings), libraryMailContext(deps));
    if (!result.ok) return refuse({ barcode: result.message });
    await audit(tx, actor, {
      action: 'library.loan.returned',
      objectType: 'library_reader',
      objectId: result.readerId,
      details: { barcode: result.item.barcode, overdueDays: result.overdueDays },
      ip: input.ip,
    });
    return {
      ok: true as const,
      title: result.item.title,
      readerId: result.readerId,
      overdueDays: result.overdueDays,
      heldForNext: result.nextReaderId !== undefined,
    };
  });
}

/** Renews a loan at the desk, by the same rules as in the reader account. */
export async function renewAtDesk(
  actor: Actor,
  input: { readerId: string; barcode: string; ip: string },
  deps: Deps,
): Promise<Outcome<{ title: string; dueOn: string }>> {
  return withReaderAtDesk(actor, input.readerId, deps, async (tx, reader) => {
    const item = await findItemByBarcode(tx, input.barcode);
    const result = item ? await renewLoan(tx, reader, item.id, moduleSettings(deps, lendingSettings)) : undefined;
    if (!result?.ok) return refuse({ [`renew-${input.barcode}`]: result?.message ?? 'Zu dieser Mediennummer gibt es kein Exemplar.' });
    await audit(tx, actor, {
      action: 'library.loan.renewed',
      objectType: 'library_reader',
      objectId: reader.id,
      details: { barcode: input.barcode, dueOn: result.dueOn },
      ip: input.ip,
    });
    return { ok: true as const, title: result.title, dueOn: result.dueOn };
  });
}
