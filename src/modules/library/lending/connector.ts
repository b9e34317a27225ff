/**
 * The reader account talks to a library system through this interface, shaped like PAIA core 1.4
 * (https://gbv.github.io/paia/: patron, items, request, renew, cancel, fees). The portal's
 * built-in lending system implements it (builtin-connector.ts); a library with Koha or another
 * system plugs in a connector that forwards the same calls to its PAIA server. Names and status
 * numbers are PAIA's, so a reader of the spec recognises them.
 */

/** PAIA service status: 0 no relation, 1 reserved (held for the reader), 2 ordered, 3 held (on loan), 4 provided (ready for pickup), 5 rejected. */
export type ServiceStatus = 0 | 1 | 2 | 3 | 4 | 5;

/** PAIA patron account state: 0 active, 1 inactive, 2 inactive (expired), 3 inactive (fees), 4 expired and fees. */
export type PatronStatus = 0 | 1 | 2 | 3 | 4;

export interface Patron {
  name: string;
  email?: string;
  /** Expiry of the library card, `YYYY-MM-DD`. */
  expires: string;
  status: PatronStatus;
}

/** PAIA's document: one copy or edition in relation to this patron. */
export interface PaiaDocument {
  status: ServiceStatus;
  /** URI of the copy. */
  item?: string;
  /** URI of the record (edition). */
  edition?: string;
  about?: string;
  /** Shelf mark. */
  label?: string;
  /** Holds waiting for this copy (for a reserved document: the reader's position in the queue). */
  queue?: number;
  renewals?: number;
  reminder?: number;
  starttime?: string;
  /** Due date of a loan, pickup deadline of a provided hold; `YYYY-MM-DD` or a datetime. */
  endtime?: string;
  cancancel?: boolean;
  canrenew?: boolean;
  /** Why a request, renewal or cancellation was refused, in the reader's words. */
  error?: string;
}

/** A document reference in request, renew and cancel (PAIA `doc.item` / `doc.edition`). */
export interface DocumentRef {
  item?: string;
  edition?: string;
}

export interface Fee {
  amount: string;
  date?: string;
  about?: string;
  item?: string;
  feetype?: string;
}

/** PAIA's fees response: the total and each fee, amounts as "12.50 EUR". */
export interface Fees {
  amount: string;
  fee: Fee[];
}

/** A library system behind the reader account, addressed by the patron's identifier (the card). */
export interface LibraryConnector {
  patron(patronId: string): Promise<Patron | undefined>;
  items(patronId: string): Promise<PaiaDocument[]>;
  /** Places holds; each answered document says status 1 or carries an `error`. */
  request(patronId: string, docs: DocumentRef[]): Promise<PaiaDocument[]>;
  renew(patronId: string, docs: DocumentRef[]): Promise<PaiaDocument[]>;
  cancel(patronId: string, docs: DocumentRef[]): Promise<PaiaDocument[]>;
  fees(patronId: string): Promise<Fees>;
}

/** "12.50 EUR", as PAIA writes money. */
export function paiaAmount(cents: number): string {
  return `${(cents / 100).toFixed(2)} EUR`;
}
