import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../kernel/config';
import type { ModuleManifest } from '../../kernel/module';
import { AUDIT_ACTIONS } from './audit-actions';
import { BOOKING_PATHS, bookingPersonalData, bookingsOverview, listBookingStaffTasks, proofJobs, registerBookingRoutes } from './booking';
import { seedVhsDemo } from './demo';
import { vhsEventSource } from './events-source';
import { vhsFigures } from './figures';
import { vhsOpenData } from './open-data';
import { VHS_STAFF_PATHS } from './paths';
import { MANAGE_PERMISSION, mayManageVhs } from './policies';
import { vhsCatalogueRoutes } from './routes';
import { vhsSearchProvider } from './search-provider';
import { institutionSettings } from './settings';
import { registerStaffRoutes } from './staff/routes';
import { registerWebinarRoutes } from './webinars/routes';
import { webinarFormActionOrigins, webinarSettings } from './webinars/settings';
import { vhsPackSchema } from './demo/pack';
import { courseLinkTargets } from './link-targets';

export { importProgramme } from './programme/use-cases/import-programme';
export { exportProgramme } from './programme/use-cases/export-programme';

/**
 * Volkshochschule: the course programme at /bildung/vhs, bookings with waitlist, webinars, and the
 * staff sections in /verwaltung (README.md).
 */
export const vhsModule: ModuleManifest = {
  id: 'vhs',
  auditActions: AUDIT_ACTIONS,
  migrationsDir: resolve(PROJECT_ROOT, 'src/modules/vhs/migrations'),
  permissions: [{ id: MANAGE_PERMISSION, label: 'Volkshochschule verwalten (Kurse, Buchungen, Teilnehmende)' }],
  // The institution's name; webinars (webinars/): the conference system from the environment, and the join redirect it needs.
  settings: [institutionSettings, webinarSettings],
  formActionOrigins: webinarFormActionOrigins,
  routes: (app, deps) => {
    // One line per part of the module (catalogue, booking, webinars, staff sections).
    vhsCatalogueRoutes(app, deps);
    registerBookingRoutes(app, deps);
    registerWebinarRoutes(app, deps);
    registerStaffRoutes(app, deps);
  },
  // The programme's courses, their sessions, import and export (staff/); participants lists (booking/).
  staffSections: [
    { href: VHS_STAFF_PATHS.courses, label: 'Kurse', group: 'Volkshochschule', order: 80, allowed: mayManageVhs },
    { href: BOOKING_PATHS.staffList, label: 'Teilnehmende', group: 'Volkshochschule', order: 81, allowed: mayManageVhs },
    { href: VHS_STAFF_PATHS.import, label: 'Programm-Import', group: 'Volkshochschule', order: 82, allowed: mayManageVhs },
    // Refunds owed to participants (booking/: Erstattungen).
    { href: BOOKING_PATHS.staffRefunds, label: 'Erstattungen', group: 'Volkshochschule', order: 83, allowed: mayManageVhs },
  ],
  staffTasks: (actor, deps) => listBookingStaffTasks(actor, deps),
  personalData: bookingPersonalData,
  accountOverview: (user, deps) => bookingsOverview(user, deps),
  jobs: (deps) => [...proofJobs(deps)],
  // Reached through the main navigation's "Bildung" hub, which lists every event source.
  events: vhsEventSource,
  search: vhsSearchProvider,
  openData: [vhsOpenData],
  figures: vhsFigures,
  demoPack: [{ part: 'vhs', schema: vhsPackSchema }],
  // Courses the cockpit's measures may name.
  linkTargets: [courseLinkTargets],
  seedDemo: (deps) => seedVhsDemo(deps),
  // Children before parents: bookings hold the courses (on delete restrict).
  demoTables: ['vhs_refunds', 'vhs_attendance', 'vhs_bookings', 'vhs_webinar_rooms', 'vhs_sessions', 'vhs_courses', 'vhs_places', 'vhs_programme_areas'],
};

/** Booking's URLs, for links from the course pages (the catalogue's `bookingPanel`) and tests. */
export { BOOKING_PATHS, BookingPanel } from './booking';
