import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../kernel/config';
import type { ModuleManifest } from '../../kernel/module';
import { AUDIT_ACTIONS } from './audit-actions';
import { STAFF_PATHS } from './paths';
import { mayServe, PLAN_PERMISSION, SERVE_PERMISSION } from './policies';
import { appointmentsRoutes } from './routes';
import { appointmentSettings } from './settings';

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
  staffSections: [
    // office/: the counters
    { href: STAFF_PATHS.dayPlan, label: 'Tagesplan', group: 'Termine', order: 300, allowed: mayServe },
  ],
  routes: appointmentsRoutes,
};
