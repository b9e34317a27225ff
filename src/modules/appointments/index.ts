import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../kernel/config';
import type { ModuleManifest } from '../../kernel/module';
import { AUDIT_ACTIONS } from './audit-actions';
import { PATHS } from './paths';
import { PLAN_PERMISSION, SERVE_PERMISSION } from './policies';
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
  // booking/: the citizen's way in, right after the catalogue of Leistungen whose visits it books.
  navigation: {
    href: PATHS.public,
    label: 'Termine',
    order: 15,
    description: 'Einen Termin im Bürgerbüro buchen, zum Beispiel für den Personalausweis: ohne Wartezeit, mit Erinnerung.',
  },
  routes: appointmentsRoutes,
};
