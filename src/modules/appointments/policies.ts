import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { hasPermission, inDepartment, type Actor } from '../../kernel/auth';

/** Staff at the counters: the day plan, check-in, call-up, walk-ins (office/). Admins hold both implicitly. */
export const SERVE_PERMISSION = 'appointments.serve';
/** Staff who plan: locations, counters, services, opening hours, closures, release waves, statistics (planning/). */
export const PLAN_PERMISSION = 'appointments.plan';

/** Whether the staff section of the counters is shown at all (some location may be theirs). */
export function mayServe(actor: Actor): boolean {
  return hasPermission(actor, SERVE_PERMISSION) || hasPermission(actor, PLAN_PERMISSION);
}

/**
 * Serving at one location (its day plan, check-in, call-up, walk-ins, a booking's details): staff
 * with the serve permission in the location's Fachbereich, and planners. Anyone else gets a 404 for
 * the location's pages and bookings (no leak between Fachbereiche).
 */
export function mayServeAt(actor: Actor, location: { departmentId: string }): boolean {
  return mayPlan(actor) || (hasPermission(actor, SERVE_PERMISSION) && inDepartment(actor, location.departmentId));
}

export function mayPlan(actor: Actor): boolean {
  return hasPermission(actor, PLAN_PERMISSION);
}

/** What of a booking decides who may see and change it. */
export interface BookingAccessFacts {
  userId: string | null;
  manageTokenHash: string | null;
}

/**
 * The secret of a booking's link (confirmation, reminder, the office's notice of a closure): derived
 * from the installation's secret and the booking's id, so every mail can carry the same link without
 * the secret being stored. The database keeps only its hash (`manageTokenHashOf`), to find the booking
 * by it and to end the link (the hash set to null).
 */
export function manageSecretOf(installationSecret: string, bookingId: string): string {
  return createHmac('sha256', installationSecret).update(`appointments.manage:${bookingId}`).digest('base64url').slice(0, 32);
}

/** The hash stored for a booking's link secret (tables/bookings.ts, `manageTokenHash`). */
export function manageTokenHashOf(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/**
 * Who may see and cancel or rebook one booking as a citizen: the account that booked it, or whoever
 * holds the secret of its confirmation mail's link (no account needed). Staff act through office/,
 * never through this. Everyone else gets a 404, as for a booking that does not exist.
 */
export function mayManageBooking(actor: Actor, booking: BookingAccessFacts, linkSecret: string | undefined): boolean {
  if (actor && booking.userId === actor.id) return true;
  if (!linkSecret || !booking.manageTokenHash) return false;
  const given = Buffer.from(manageTokenHashOf(linkSecret), 'hex');
  const stored = Buffer.from(booking.manageTokenHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
