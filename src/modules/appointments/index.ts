import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../kernel/config';
import type { ModuleManifest } from '../../kernel/module';
import { appointmentsOverview, appointmentsPersonalData } from './account/personal-data';
import { AUDIT_ACTIONS } from './audit-actions';
import { lifecycleJobs } from './lifecycle/jobs';
import { seedAppointmentsDemo } from './demo';
import { appointmentsFigures } from './figures';
import { planningJobs } from './planning/jobs';
import { PATHS, STAFF_PATHS } from './paths';
import { mayPlan, mayServe, PLAN_PERMISSION, SERVE_PERMISSION } from './policies';
import { appointmentsRoutes } from './routes';
import { appointmentSettings } from './settings';
import { appointmentsPackSchema } from './demo/pack';

/**
 * Termine: the visits that cannot be avoided (Personalausweis, Reisepass), booked online and short.
 * Locations with counters, opening hours, closures and release waves; services with durations; units
 * of counter time booked atomically; the office's day plan, check-in and call-up display; an API for
 * the display and the office's systems (README.md).
 */
export const appointmentsModule: ModuleManifest = {
  id: 'appointments',
  auditActions: AUDIT_ACTIONS,
  migrationsDir: resolve(PROJECT_ROOT, 'src/modules/appointments/migrations'),
  permissions: [
    { id: SERVE_PERMISSION, label: 'Termine am Schalter bearbeiten (Tagesplan, Einchecken, Aufruf, Laufkundschaft)' },
    { id: PLAN_PERMISSION, label: 'Termine planen (Standorte, Öffnungszeiten, Schließtage, Freigaben, Statistik)' },
  ],
  settings: [appointmentSettings],
  // booking/: the citizen's way in, right after the catalogue of Leistungen whose visits it books.
  navigation: {
    href: PATHS.public,
    label: 'Termine',
    order: 15,
    description: 'Einen Termin im Bürgerbüro buchen, zum Beispiel für den Personalausweis: ohne Wartezeit, mit Erinnerung.',
  },
  routes: appointmentsRoutes,
  // lifecycle/ and account/: the citizen account's appointments.
  accountOverview: appointmentsOverview,
  personalData: appointmentsPersonalData,
  staffSections: [
    // office/: the counters
    { href: STAFF_PATHS.dayPlan, label: 'Tagesplan', group: 'Termine', order: 75, allowed: mayServe },
    // planning/ and statistics/
    { href: STAFF_PATHS.planning, label: 'Planung', group: 'Termine', order: 76, allowed: mayPlan },
    { href: STAFF_PATHS.statistics, label: 'Statistik', group: 'Termine', order: 77, allowed: mayPlan },
  ],
  jobs: (deps) => [
    // planning/: the units of the booking window, every hour (and at once after each planning change)
    ...planningJobs(deps),
    // lifecycle/: reminders the day before, no-shows after the day, retention
    ...lifecycleJobs(deps),
  ],
  // demo/: the Bürgerbüros of the pack (appointments.json) with four weeks of units, some booked, and past days for the statistics
  figures: appointmentsFigures,
  demoPack: [{ part: 'appointments', schema: appointmentsPackSchema }],
  seedDemo: seedAppointmentsDemo,
  // Children before parents: units and services of bookings hold bookings; bookings hold counters and locations.
  demoTables: [
    'appointment_no_shows',
    'appointment_booking_services',
    'appointment_slots',
    'appointment_bookings',
    'appointment_service_counters',
    'appointment_closures',
    'appointment_release_waves',
    'appointment_opening_hours',
    'appointment_counters',
    'appointment_services',
    'appointment_locations',
  ],
};

// The benchmark's booking through the core and its check afterwards (bench/appointments/, slots/load-support.ts).
export { counterIdsOffering, freeStarts } from './slots/free-starts';
export { unitsNeeded } from './slots/units-needed';
export { takeUnits } from './slots/take-units';
export { limitRefusal } from './limits/person-limits';
export { bookThroughCore, doubleBookings, LOAD_SETTINGS, type DoubleBookingFacts } from './slots/load-support';
export { PATHS as APPOINTMENT_PATHS } from './paths';
