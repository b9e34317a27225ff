import { hasPermission, type Actor } from '../../kernel/auth';
import type { VhsBooking } from './tables';

/** Staff who run the VHS programme (courses, bookings, participants); admins hold it implicitly. */
export const MANAGE_PERMISSION = 'vhs.manage';

export const mayManageVhs = (actor: Actor): boolean => hasPermission(actor, MANAGE_PERMISSION);

/** A booking belongs to the account that made it; nobody else sees it on the citizen side. */
export const isBooker = (actor: Actor, booking: Pick<VhsBooking, 'bookerId'>): boolean => actor !== null && booking.bookerId === actor.id;
