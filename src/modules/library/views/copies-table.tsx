import { StatusTag, Table, type Column, type TagKind } from '../../../kernel/views';
import type { CopyView } from '../use-cases/show-record';

/** What the lending system says about one copy (DAIA), shown beside it. */
export interface CopyAvailability {
  label: string;
  kind: TagKind;
}

const STATE_NOTES: Partial<Record<CopyView['state'], string>> = { reference: 'nur zum Lesen vor Ort', missing: 'wird vermisst' };

/**
 * The copies of a title by branch with shelfmark. `availability` (by barcode) comes from the lending
 * system; without it the list shows where the copies stand, not whether they are lent.
 */
export function CopiesTable({ copies, availability }: { copies: CopyView[]; availability?: ReadonlyMap<string, CopyAvailability> }) {
  const columns: Column<CopyView>[] = [
    { header: 'Bücherei', cell: (copy) => copy.branchName },
    { header: 'Standort und Signatur', cell: (copy) => copy.shelfmark || '–' },
    { header: 'Mediennummer', cell: (copy) => copy.barcode },
    { header: 'Hinweis', cell: (copy) => STATE_NOTES[copy.state] ?? '' },
  ];
  if (availability) {
    columns.push({
      header: 'Verfügbarkeit',
      cell: (copy) => {
        const status = availability.get(copy.barcode);
        return status ? <StatusTag kind={status.kind}>{status.label}</StatusTag> : '–';
      },
    });
  }
  return <Table caption={copies.length === 1 ? '1 Exemplar' : `${copies.length} Exemplare`} columns={columns} rows={copies} />;
}
