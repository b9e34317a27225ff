/** Staff who run the VHS programme (courses, bookings, participants); admins hold it implicitly. */
export const MANAGE_PERMISSION = 'vhs.manage';
