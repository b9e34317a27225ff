import { errors } from '../../../kernel/http';
import type { Actor } from '../../../kernel/auth';
import { moduleSettings } from '../../../kernel/config';
import type { ModuleDeps } from '../../../kernel/module';
import { RECORD_ID } from '../paths';
import { findRecord, listCopies } from '../repository/records';
import { librarySettings } from '../settings';
import type { ItemState, LibraryRecord } from '../tables';

export interface CopyView {
  barcode: string;
  branchId: string;
  branchName: string;
  shelfmark: string;
  state: ItemState;
}

export interface RecordView {
  record: LibraryRecord;
  copies: CopyView[];
}

/** A record's page: every detail and its copies with the branch's name. Public; an unknown or malformed id is a 404. */
export async function showRecord(_actor: Actor, input: { id: string }, deps: Pick<ModuleDeps, 'db' | 'config'>): Promise<RecordView> {
  if (!RECORD_ID.test(input.id)) throw errors.notFound('Der Titel');
  const record = await findRecord(deps.db, input.id);
  if (!record) throw errors.notFound('Der Titel');
  const branches = new Map(moduleSettings(deps, librarySettings).branches.map((branch) => [branch.id, branch.name]));
  const copies = (await listCopies(deps.db, record.id)).map((copy) => ({
    barcode: copy.barcode,
    branchId: copy.branch,
    branchName: branches.get(copy.branch) ?? copy.branch,
    shelfmark: copy.shelfmark,
    state: copy.state,
  }));
  return { record, copies };
}
