import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { mayEditDataset } from '../../policies';
import type { Dataset } from '../../tables';
import { authorizedDataset, enterPublishing } from '../guard';
import { diffSnapshots, type Change, type Snapshot } from '../history-diff';
import { revisionsWithAuthors } from '../repository/datasets';
import { listOrganizations } from '../repository/organizations';

export interface HistoryEntry {
  revision: number;
  change: string;
  changedAt: Date;
  /** Null: the account no longer exists. */
  author: string | null;
  changes: Change[];
}

/** "Verlauf": every revision of the metadata, newest first, with who, when and what changed; for all members of the organisation. */
export async function showHistory(
  actor: Actor,
  input: { id: string },
  { db, modules }: Pick<ModuleDeps, 'db' | 'modules'>,
): Promise<{ dataset: Dataset; mayEdit: boolean; entries: HistoryEntry[] }> {
  const publisher = await enterPublishing(actor, db);
  const dataset = await authorizedDataset(publisher, input.id, { db, modules }, 'read');
  const [revisions, organizations] = await Promise.all([revisionsWithAuthors(db, dataset.id), listOrganizations(db, undefined)]);
  const titles = new Map(organizations.map((organization) => [organization.id, organization.title]));
  const entries = revisions.map((revision, index) => ({
    revision: revision.revision,
    change: revision.change,
    changedAt: revision.changedAt,
    author: revision.author,
    changes: diffSnapshots((revisions[index + 1]?.snapshot as Snapshot | undefined) ?? null, revision.snapshot as Snapshot, titles),
  }));
  return { dataset, mayEdit: mayEditDataset(publisher.access, dataset), entries };
}
