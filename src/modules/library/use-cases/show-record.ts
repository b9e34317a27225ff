import { errors } from '../../../kernel/http';
import type { Actor } from '../../../kernel/auth';
import { moduleSettings } from '../../../kernel/config';
import type { ModuleDeps } from '../../../kernel/module';
import { CONTROL_NUMBER } from '../paths';
import { findRecord, findRecordIdByControlNumber, listCopies } from '../repository/records';
import { librarySettings } from '../settings';
import type { ItemState, LibraryRecord } from '../tables';
import { isUuid } from '../../../kernel/http';

export interface CopyView {
  barcode: string;
  branchId: string;
  branchName: string;
  branchAddress: string;
  shelfmark: string;
  state: ItemState;
}

export interface RecordView {
  record: LibraryRecord;
  copies: CopyView[];
}

/**
 * A record's page: every detail and its copies with the branch's name. Public. A control number
 * (MARC 001, what library tools and other catalogues link by) in place of the id answers where the
 * record's page is; an unknown or malformed id is a 404.
 */
export async function showRecord(_actor: Actor, input: { id: string }, deps: Pick<ModuleDeps, 'db' | 'config'>): Promise<RecordView | { movedTo: string }> {
  if (!isUuid(input.id)) {
    const id = CONTROL_NUMBER.test(input.id) ? await findRecordIdByControlNumber(deps.db, input.id) : undefined;
    if (!id) throw errors.notFound('Der Titel');
    return { movedTo: id };
  }
  const record = await findRecord(deps.db, input.id);
  if (!record) throw errors.notFound('Der Titel');
  const branches = new Map(moduleSettings(deps, librarySettings).branches.map((branch) => [branch.id, branch]));
  const copies = (await listCopies(deps.db, record.id)).map((copy) => ({
    barcode: copy.barcode,
    branchId: copy.branch,
    branchName: branches.get(copy.branch)?.name ?? copy.branch,
    branchAddress: branches.get(copy.branch)?.address ?? '',
    shelfmark: copy.shelfmark,
    state: copy.state,
  }));
  return { record, copies };
}
