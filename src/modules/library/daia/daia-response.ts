import { editionUri, itemUri } from '../lending/uris';
import type { AvailabilityItem, AvailabilityRecord } from './repository';

/* DAIA 1.0 (https://gbv.github.io/daia/daia.html): documents, items and their services, built from rows. */

interface Entity {
  id?: string;
  href?: string;
  content?: string;
}

interface Available {
  service: 'presentation' | 'loan' | 'remote';
  href?: string;
  delay?: string;
  limitation?: Entity[];
}

interface Unavailable {
  service: 'presentation' | 'loan' | 'remote';
  href?: string;
  expected?: string;
  queue?: number;
}

export interface DaiaItem {
  id: string;
  href?: string;
  label?: string;
  about?: string;
  department?: Entity;
  available?: Available[];
  unavailable?: Unavailable[];
}

export interface DaiaDocument {
  id: string;
  requested?: string;
  href?: string;
  about?: string;
  item?: DaiaItem[];
}

export interface DaiaResponse {
  institution: Entity;
  timestamp: string;
  document: DaiaDocument[];
}

/** DAIA's `queue` is a count of at least 1: an empty queue is left out. */
const queueOf = (holds: number) => (holds > 0 ? { queue: holds } : {});

/**
 * The services of one copy now. Lent: loan and presentation unavailable until the due date, with
 * the record page (where readers place holds) as `href`. Returned for a hold: waiting on the hold
 * shelf, expected back "unknown". Reference copies are read in the library only.
 */
export function servicesOf(item: AvailabilityItem, holdHref: string): Pick<DaiaItem, 'available' | 'unavailable'> {
  if (item.state === 'missing' || item.state === 'withdrawn') return { unavailable: [{ service: 'presentation' }, { service: 'loan' }] };
  if (item.state === 'reference') return { available: [{ service: 'presentation' }], unavailable: [{ service: 'loan' }] };
  if (item.dueOn) {
    return {
      unavailable: [
        { service: 'presentation', expected: item.dueOn },
        { service: 'loan', href: holdHref, expected: item.dueOn, ...queueOf(item.holds) },
      ],
    };
  }
  if (item.holds > 0) {
    // Back, but on the hold shelf for the first reader in the queue.
    return {
      unavailable: [
        { service: 'presentation', expected: 'unknown' },
        { service: 'loan', href: holdHref, expected: 'unknown', ...queueOf(item.holds) },
      ],
    };
  }
  return { available: [{ service: 'presentation' }, { service: 'loan' }] };
}

function about(record: AvailabilityRecord): string {
  const author = record.authors[0];
  return `${author ? `${author}: ` : ''}${record.title}${record.year ? ` (${record.year})` : ''}`;
}

/** One DAIA document per record; e-media get one item, lent through the Onleihe (service `remote`). */
export function daiaDocument(
  baseUrl: string,
  record: AvailabilityRecord,
  items: AvailabilityItem[],
  requested: string,
  branchName: (id: string) => string,
): DaiaDocument {
  const href = editionUri(baseUrl, record.id);
  const copies: DaiaItem[] = items.map((item) => ({
    id: itemUri(baseUrl, record.id, item.barcode),
    label: item.shelfmark,
    department: { content: branchName(item.branch) },
    ...servicesOf(item, href),
  }));
  const onleihe: DaiaItem[] = record.onleiheUrl
    ? [
        {
          id: `${href}#onleihe`,
          about: 'E-Medium in der Onleihe',
          // The Onleihe knows whether a licence is free right now, the portal does not: a delay of "unknown".
          available: [
            { service: 'remote', href: record.onleiheUrl, delay: 'unknown', limitation: [{ content: 'Ausleihe mit Büchereiausweis über die Onleihe' }] },
          ],
        },
      ]
    : [];
  const all = [...copies, ...onleihe];
  return { id: href, requested, href, about: about(record), ...(all.length > 0 ? { item: all } : {}) };
}
