import { renderPdf, type PdfBlock } from '../../../../kernel/pdf';
import { errors } from '../../../../kernel/http';
import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { moduleSettings } from '../../../../kernel/config';
import { formatDate } from '../../../../kernel/views';
import type { MyBooking } from '../account-repository';
import { institutionSettings } from '../../settings';
import { courseAttendance, courseSessions } from '../staff-repository';
import { showMyBooking } from './my-bookings';

/** A Teilnahmebescheinigung exists for a seat in a course that has ended and that staff recorded attendance for. */
export function certificateAvailable(found: Pick<MyBooking, 'booking' | 'course' | 'attended'>, now: Date): boolean {
  return found.booking.state === 'booked' && found.course.endsAt <= now && found.attended > 0;
}

/**
 * The Teilnahmebescheinigung as a tagged PDF (kernel/pdf, like the receipts): who took part in which
 * course, when, with whom, and at how many of its sessions (and hours) they were present.
 */
export async function renderCertificate(
  actor: Actor,
  input: { bookingId: string },
  deps: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<{ filename: string; bytes: Buffer }> {
  const found = await showMyBooking(actor, input, deps);
  if (!certificateAvailable(found, new Date())) throw errors.notFound('Die Teilnahmebescheinigung');
  const { booking, course } = found;
  const [sessions, attendance] = await Promise.all([courseSessions(deps.db, course.id), courseAttendance(deps.db, course.id)]);
  const held = sessions.filter((session) => !session.cancelled);
  const present = held.filter((session) => attendance.has(`${session.id}:${booking.id}`));
  const hours = present.reduce((sum, session) => sum + (session.endsAt.getTime() - session.startsAt.getTime()) / 3_600_000, 0);
  const { municipality } = deps.config;
  // The VHS by the name its pages and mails use: a VHS of several towns is not "the VHS of" one of them.
  const vhsName = moduleSettings(deps, institutionSettings).name;
  const blocks: PdfBlock[] = [
    { type: 'heading', text: 'Teilnahmebescheinigung', level: 1 },
    {
      type: 'paragraph',
      text: `Die ${vhsName} bescheinigt, dass ${booking.participantName} an dem folgenden Kurs teilgenommen hat.`,
    },
    {
      type: 'fields',
      rows: [
        { label: 'Teilnehmer/in', value: booking.participantName },
        ...(booking.participantBirthDate ? [{ label: 'Geboren am', value: formatDate(new Date(`${booking.participantBirthDate}T12:00:00Z`)) }] : []),
        { label: 'Kurs', value: course.title },
        { label: 'Kursnummer', value: course.number },
        { label: 'Zeitraum', value: `${formatDate(course.startsAt)} bis ${formatDate(course.endsAt)}` },
        { label: 'Kursleitung', value: course.instructor },
        {
          label: 'Anwesend',
          value: `an ${present.length} von ${held.length} Terminen (${hours.toLocaleString('de-DE', { maximumFractionDigits: 1 })} Zeitstunden)`,
        },
        { label: 'Buchungsnummer', value: booking.reference },
      ],
    },
    { type: 'heading', text: 'Besuchte Termine', level: 2 },
    { type: 'list', items: present.map((session) => formatDate(session.startsAt)) },
    { type: 'paragraph', text: 'Diese Bescheinigung wurde maschinell erstellt und ist ohne Unterschrift gültig.' },
  ];
  const bytes = await renderPdf({
    title: `Teilnahmebescheinigung ${course.title}`,
    author: vhsName,
    subject: course.title,
    lang: 'de-DE',
    blocks,
    footer: `${municipality.officialName} · ${municipality.address.street} · ${municipality.address.postalCode} ${municipality.address.city}`,
  });
  return { filename: `Teilnahmebescheinigung-${booking.reference}.pdf`, bytes };
}
