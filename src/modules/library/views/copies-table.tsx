import { StatusTag, type TagKind } from '../../../kernel/views';
import type { CopyView } from '../use-cases/show-record';

/** What the lending system says about one copy (DAIA), shown beside it. */
export interface CopyAvailability {
  label: string;
  kind: TagKind;
}

const STATE_NOTES: Partial<Record<CopyView['state'], string>> = { reference: 'nur zum Lesen vor Ort', missing: 'wird vermisst' };

/**
 * The copies of a title grouped by branch (with its address), each with shelfmark and barcode: a
 * list rather than a table, so it fits a phone's width. `availability` (by barcode) comes from the
 * lending system; without it the list shows where the copies stand, not whether they are lent.
 */
export function CopiesByBranch({ copies, availability }: { copies: CopyView[]; availability?: ReadonlyMap<string, CopyAvailability> }) {
  const branches = [...new Set(copies.map((copy) => copy.branchId))];
  return (
    <>
      {branches.map((branchId) => {
        const here = copies.filter((copy) => copy.branchId === branchId);
        return (
          <section key={branchId} aria-labelledby={`branch-${branchId}`}>
            <h3 id={`branch-${branchId}`}>
              {here[0]!.branchName} ({here.length === 1 ? '1 Exemplar' : `${here.length} Exemplare`})
            </h3>
            {here[0]!.branchAddress && <p>{here[0]!.branchAddress}</p>}
            <ul>
              {here.map((copy) => {
                const status = availability?.get(copy.barcode);
                const note = STATE_NOTES[copy.state];
                return (
                  <li key={copy.barcode}>
                    Signatur <strong>{copy.shelfmark || '–'}</strong>, Mediennummer {copy.barcode}
                    {note ? `, ${note}` : ''}
                    {status && (
                      <>
                        {' '}
                        <StatusTag kind={status.kind}>{status.label}</StatusTag>
                      </>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </>
  );
}
