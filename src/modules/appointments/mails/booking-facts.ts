import { sql } from 'drizzle-orm';
import { queryRows, type Executor, reusedStatement } from '../../../kernel/db';
import { berlinTime } from '../../../kernel/time';
import { PATHS } from '../paths';
import { manageSecretOf } from '../policies';

/** What every mail about one booking says (confirmation, reminder, the office's notice of a closure). */
export interface BookingFacts {
  id: string;
  reference: string;
  day: string;
  startsAt: Date;
  endsAt: Date;
  name: string | null;
  email: string | null;
  phone: string | null;
  location: { name: string; street: string; postalCode: string; city: string; directions: string; accessibility: string };
  services: Array<{ name: string; quantity: number; bring: string[]; note: string }>;
}

/** One booking with its location and services, for a mail; undefined for a walk-in or an unknown id. */
export async function bookingFacts(db: Executor, bookingId: string): Promise<BookingFacts | undefined> {
  const [row] = await queryRows<Omit<BookingFacts, 'startsAt' | 'endsAt'> & { startsAt: string | Date; endsAt: string | Date }>(
    db,
    reusedStatement(sql`select b.id, b.reference, b.day, b.starts_at as "startsAt", b.ends_at as "endsAt", b.name, b.email, b.phone,
        json_build_object('name', l.name, 'street', l.street, 'postalCode', l.postal_code, 'city', l.city,
          'directions', l.directions, 'accessibility', l.accessibility) as "location",
        (select json_agg(json_build_object('name', s.name, 'quantity', bs.quantity, 'bring', s.bring, 'note', s.note) order by bs.position, s.name)
          from appointment_booking_services bs join appointment_services s on s.id = bs.service_id where bs.booking_id = b.id) as "services"
      from appointment_bookings b join appointment_locations l on l.id = b.location_id
      where b.id = ${bookingId} and b.starts_at is not null`),
  );
  if (!row) return undefined;
  return { ...row, startsAt: new Date(row.startsAt), endsAt: new Date(row.endsAt), services: row.services ?? [] };
}

const GERMAN_DAY = new Intl.DateTimeFormat('de-DE', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' });

const SHORT_DAY = new Intl.DateTimeFormat('de-DE', { weekday: 'short', day: 'numeric', month: 'numeric', timeZone: 'Europe/Berlin' });

/** "Di., 8.12." and the time, for an SMS: "Di., 8.12., 09:00 Uhr". */
export function shortVisitTimeText(startsAt: Date): string {
  return `${SHORT_DAY.format(startsAt)}, ${berlinTime(startsAt)} Uhr`;
}

/** "Dienstag, 8. Dezember 2026, 09:00 bis 09:20 Uhr". */
export function visitTimeText(facts: Pick<BookingFacts, 'startsAt' | 'endsAt'>): string {
  return `${GERMAN_DAY.format(facts.startsAt)}, ${berlinTime(facts.startsAt)} bis ${berlinTime(facts.endsAt)} Uhr`;
}

/** The link to see, cancel or rebook the booking, absolute for a mail. */
export function manageUrlOf(context: { baseUrl: string; secret: string }, bookingId: string): string {
  return `${context.baseUrl}${PATHS.manage(manageSecretOf(context.secret, bookingId))}`;
}

/**
 * The booking in plain text lines for a mail: when, where, what, what to bring, the reference, and
 * the link to cancel or rebook. Every mail about a booking uses these lines, so they read alike.
 */
export function bookingSummaryLines(facts: BookingFacts, manageUrl: string): string[] {
  const bring = [...new Set(facts.services.flatMap((service) => service.bring))];
  const { location } = facts;
  return [
    `Wann: ${visitTimeText(facts)}`,
    `Wo: ${location.name}, ${location.street}, ${location.postalCode} ${location.city}`,
    ...(location.directions ? [`Anfahrt: ${location.directions}`] : []),
    ...(location.accessibility ? [`Barrierefreiheit: ${location.accessibility}`] : []),
    `Was: ${facts.services.map((service) => (service.quantity > 1 ? `${service.name} (für ${service.quantity} Personen)` : service.name)).join(', ')}`,
    `Buchungsnummer: ${facts.reference}`,
    ...(bring.length > 0 ? ['', 'Bitte bringen Sie mit:', ...bring.map((item) => `- ${item}`)] : []),
    ...facts.services.filter((service) => service.note).map((service) => `${service.name}: ${service.note}`),
    '',
    `Termin ansehen, absagen oder verschieben: ${manageUrl}`,
  ];
}
