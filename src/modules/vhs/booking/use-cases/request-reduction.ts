import { and, eq, inArray, sql } from 'drizzle-orm';
import { loadAuthorized, type Actor } from '../../../../kernel/auth';
import { errors, refuse, type Outcome } from '../../../../kernel/http';
import { formatFileSize, keepUpload, type UploadedFile } from '../../../../kernel/files';
import type { ModuleDeps } from '../../../../kernel/module';
import { isBooker } from '../../policies';
import { vhsBookings } from '../../tables';
import { findBooking, findCourse } from '../repository';

/** Proofs people photograph or scan: judged by their bytes, never by name or the browser's claim. */
const PROOF_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];

/**
 * The participant asks for the reduced fee (Ermäßigung) with a proof (Bürgergeld-Bescheid,
 * Schülerausweis, …). The proof replaces an earlier one; staff decide, and the fee follows then.
 */
export async function requestReduction(
  actor: Actor,
  input: { bookingId: string; proof: UploadedFile | undefined; maxBytes: number },
  deps: Pick<ModuleDeps, 'db' | 'files'>,
): Promise<Outcome> {
  if (!actor) throw errors.loginRequired();
  const booking = await loadAuthorized(actor, () => findBooking(deps.db, input.bookingId), isBooker, 'Die Buchung');
  const course = await findCourse(deps.db, booking.courseId);
  if (!course || course.reducedFeeCents === null) return refuse({ nachweis: 'Für diesen Kurs gibt es keine Ermäßigung.' });
  if (booking.state !== 'booked' && booking.state !== 'waitlisted') {
    return refuse({ nachweis: 'Die Buchung ist storniert: eine Ermäßigung ist nicht mehr nötig.' });
  }
  if (booking.reduction === 'granted') return refuse({ nachweis: 'Die Ermäßigung ist bereits gewährt.' });
  const proof = input.proof;
  if (!proof) return refuse({ nachweis: 'Wählen Sie den Nachweis für die Ermäßigung aus (PDF, JPEG oder PNG).' });
  if (!proof.detectedType || !PROOF_TYPES.includes(proof.detectedType)) {
    return refuse({ nachweis: `Die Datei „${proof.filename}“ ist keine PDF-, JPEG- oder PNG-Datei. Laden Sie den Nachweis in einem dieser Formate hoch.` });
  }
  if (proof.size > input.maxBytes) {
    return refuse({ nachweis: `Die Datei „${proof.filename}“ ist zu groß. Sie darf höchstens ${formatFileSize(input.maxBytes)} groß sein.` });
  }
  const [updated] = await deps.db
    .update(vhsBookings)
    .set({ reduction: 'requested', reductionProofKey: proof.storageKey, updatedAt: sql`now()` })
    .where(and(eq(vhsBookings.id, booking.id), inArray(vhsBookings.reduction, ['none', 'requested', 'refused'])))
    .returning({ id: vhsBookings.id });
  if (!updated) return refuse({ nachweis: 'Die Ermäßigung ist bereits gewährt.' });
  keepUpload(proof);
  // The earlier proof is no longer needed once the new one is kept.
  if (booking.reductionProofKey && booking.reductionProofKey !== proof.storageKey) await deps.files.delete(booking.reductionProofKey);
  return { ok: true };
}
