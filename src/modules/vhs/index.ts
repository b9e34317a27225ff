import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../kernel/config';
import type { ModuleManifest } from '../../kernel/module';
import { AUDIT_ACTIONS } from './audit-actions';
import { BOOKING_PATHS, bookingPersonalData, bookingsOverview, listBookingStaffTasks, proofJobs, registerBookingRoutes } from './booking';
import { MANAGE_PERMISSION, mayManageVhs } from './policies';

/**
 * Volkshochschule: the course programme at /bildung/vhs, bookings with waitlist, webinars, and the
 * staff sections in /verwaltung (README.md).
 */
export const vhsModule: ModuleManifest = {
  id: 'vhs',
  auditActions: AUDIT_ACTIONS,
  migrationsDir: resolve(PROJECT_ROOT, 'src/modules/vhs/migrations'),
  permissions: [{ id: MANAGE_PERMISSION, label: 'Volkshochschule verwalten (Kurse, Buchungen, Teilnehmende)' }],
  // Booking (booking/): the citizen's bookings and "Meine Kurse", the staff's participants lists.
  staffSections: [{ group: 'Volkshochschule', label: 'Teilnehmende', href: BOOKING_PATHS.staffList, order: 42, allowed: mayManageVhs }],
  staffTasks: (actor, deps) => listBookingStaffTasks(actor, deps),
  personalData: bookingPersonalData,
  accountOverview: (user, deps) => bookingsOverview(user, deps),
  routes: (app, deps) => {
    registerBookingRoutes(app, deps);
  },
  jobs: (deps) => [...proofJobs(deps)],
};

/** Booking's URLs, for links from the course pages (the catalogue's `bookingPanel`) and tests. */
export { BOOKING_PATHS, BookingPanel } from './booking';
