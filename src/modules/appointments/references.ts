import { eq } from 'drizzle-orm';
import { randomInt } from 'node:crypto';
import type { Executor } from '../../kernel/db';
import { appointmentBookings } from './tables';

/** Letters and digits no one mixes up on the phone or in handwriting: no 0/O, 1/I/L, 5/S, 8/B. */
const ALPHABET = 'ACDEFGHJKMNPQRTUVWXYZ234679';

function block(): string {
  return Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

/**
 * A booking's reference ("T-4K7M-2QXD" online, "W-…" for a walk-in): said at the counter and on the
 * phone, so from an unambiguous alphabet; random (27^8, about 2.8·10^11), so references say nothing
 * about how many were booked.
 */
function newBookingReference(kind: 'online' | 'walk_in' = 'online'): string {
  return `${kind === 'walk_in' ? 'W' : 'T'}-${block()}-${block()}`;
}

/**
 * A reference no booking has yet, to insert in the caller's transaction: a clash with the unique
 * index would abort the transaction (a 500), so a taken one is drawn again (practically never).
 */
export async function unusedBookingReference(tx: Executor, kind: 'online' | 'walk_in' = 'online'): Promise<string> {
  for (;;) {
    const reference = newBookingReference(kind);
    const [taken] = await tx.select({ id: appointmentBookings.id }).from(appointmentBookings).where(eq(appointmentBookings.reference, reference)).limit(1);
    if (!taken) return reference;
  }
}
