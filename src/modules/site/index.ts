import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../kernel/config';
import type { ModuleManifest } from '../../kernel/module';
import { AUDIT_ACTIONS } from './audit-actions';
import { seedSiteDemo } from './demo';
import { PATHS } from './paths';
import { sitePersonalData } from './personal-data';
import { ACCESSIBILITY_REPORTS_PERMISSION, mayHandleAccessibilityReports } from './policies';
import { siteRoutes } from './routes';
import { legalSettings } from './settings';
import { accessibilityStaffTasks } from './use-cases/staff-tasks';
import { sitePackSchema } from './demo';

/** Start page and the pages every public-sector site must have (Impressum, Datenschutz, Barrierefreiheit, ...). */
export const siteModule: ModuleManifest = {
  id: 'site',
  auditActions: AUDIT_ACTIONS,
  migrationsDir: resolve(PROJECT_ROOT, 'src/modules/site/migrations'),
  footerLinks: [
    { href: PATHS.imprint, label: 'Impressum' },
    { href: PATHS.privacy, label: 'Datenschutz' },
    { href: PATHS.accessibility, label: 'Erklärung zur Barrierefreiheit' },
    { href: PATHS.reportBarrier, label: 'Barriere melden' },
    { href: PATHS.easyLanguage, label: 'Leichte Sprache' },
    { href: PATHS.signLanguage, label: 'Gebärdensprache' },
  ],
  navigation: { href: PATHS.contact, label: 'Kontakt', order: 90, description: 'Anschrift, Telefon, E-Mail und Öffnungszeiten der Verwaltung.' },
  permissions: [{ id: ACCESSIBILITY_REPORTS_PERMISSION, label: 'Barrieremeldungen lesen und bearbeiten' }],
  staffSections: [{ href: PATHS.reports, label: 'Barrieremeldungen', group: 'Barrierefreiheit', order: 70, allowed: mayHandleAccessibilityReports }],
  staffTasks: accessibilityStaffTasks,
  personalData: sitePersonalData,
  /** The optional `legal` block of the municipality file: the state's laws and authorities on the legal pages. */
  settings: [legalSettings],
  routes: siteRoutes,
  demoPack: [{ part: 'site', schema: sitePackSchema }],
  seedDemo: seedSiteDemo,
  demoTables: ['site_news'],
};
