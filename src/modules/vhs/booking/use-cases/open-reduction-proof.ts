import type { Readable } from 'node:stream';
import { requireSection, type Actor } from '../../../../kernel/auth';
import { detectContentType } from '../../../../kernel/files';
import { errors } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { mayManageVhs } from '../../policies';
import { loadStaffBooking } from './staff-booking';

const EXTENSIONS: Record<string, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };

/** The proof of a requested reduction, for staff deciding it; its type is read again from its bytes. */
export async function openReductionProof(
  actor: Actor,
  input: { courseId: string; bookingId: string },
  deps: Pick<ModuleDeps, 'db' | 'files'>,
): Promise<{ filename: string; contentType: string; body: Buffer }> {
  requireSection(actor, mayManageVhs);
  const booking = await loadStaffBooking(deps.db, actor, input, { what: 'Der Nachweis' });
  const stream: Readable | null = booking.reductionProofKey ? await deps.files.get(booking.reductionProofKey) : null;
  if (!stream) throw errors.notFoundOrForbidden('Der Nachweis');
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  const contentType = (await detectContentType(body)) ?? 'application/octet-stream';
  return { filename: `Nachweis-${booking.reference}.${EXTENSIONS[contentType] ?? 'bin'}`, contentType, body };
}
