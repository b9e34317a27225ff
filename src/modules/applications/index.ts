import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../kernel/config';
import type { ModuleManifest } from '../../kernel/module';
import { erasureJobs } from './account/erasure-jobs';
import { applicationsPersonalData } from './account/personal-data';
import { registerAccountRoutes } from './account/routes';
import { applicationsOverview } from './account/use-cases/account-overview';
import { registerApiRoutes } from './api/routes';
import { handoverJobs } from './api/webhooks';
import { mayManageWebhooks, WEBHOOK_PERMISSION } from './api/webhook-policies';
import { registerApplyRoutes } from './apply/routes';
import { registerAttachmentRoutes } from './attachments';
import { AUDIT_ACTIONS } from './audit-actions';
import { registerBackofficeRoutes } from './backoffice/routes';
import { retentionJobs } from './backoffice/retention';
import { listStaffTasks } from './backoffice/use-cases/list-staff-tasks';
import { registerWebhookRoutes } from './backoffice/webhook-routes';
import { seedApplicationsDemo } from './demo';
import { applicationsFigures } from './figures';
import { registerPaymentRoutes } from './payments/routes';
import { paymentSettings } from './payments/settings';
import { PATHS } from './paths';
import { mayProcessApplications, PROCESS_PERMISSION } from './policies';
import { legalRemedySettings } from './settings';
import { applicationStatisticsDataset } from './statistics';
import { applicationsPackSchema } from './demo/pack';

/**
 * Anträge: applying online (drafts, guests, attachments, payment, submission with reference
 * number and receipt), "Meine Anträge" with the Postfach, the back office of the departments,
 * and the handover to specialist software (REST API, webhooks).
 */
export const applicationsModule: ModuleManifest = {
  id: 'applications',
  auditActions: AUDIT_ACTIONS,
  migrationsDir: resolve(PROJECT_ROOT, 'src/modules/applications/migrations'),
  settings: [paymentSettings, legalRemedySettings],
  permissions: [
    { id: PROCESS_PERMISSION, label: 'Anträge der eigenen Fachbereiche bearbeiten' },
    { id: WEBHOOK_PERMISSION, label: 'Webhooks der eigenen Fachbereiche anlegen und abschalten (Übergabe an Fachverfahren)' },
  ],
  staffSections: [
    { group: 'Anträge', label: 'Posteingang', href: PATHS.inbox, order: 20, allowed: mayProcessApplications },
    { group: 'Anträge', label: 'Webhooks', href: PATHS.staffWebhooks, order: 21, allowed: mayManageWebhooks },
  ],
  staffTasks: (actor, deps) => listStaffTasks(actor, {}, deps),
  routes: (app, deps) => {
    registerApplyRoutes(app, deps);
    registerPaymentRoutes(app, deps);
    registerAttachmentRoutes(app, deps);
    registerAccountRoutes(app, deps);
    registerBackofficeRoutes(app, deps);
    registerWebhookRoutes(app, deps);
    registerApiRoutes(app, deps);
  },
  personalData: applicationsPersonalData,
  accountOverview: (user, deps) => applicationsOverview(user, {}, deps),
  jobs: (deps) => [...handoverJobs(deps), ...retentionJobs(deps), ...erasureJobs(deps)],
  openData: [applicationStatisticsDataset],
  figures: applicationsFigures,
  demoPack: [{ part: 'applications', schema: applicationsPackSchema }],
  seedDemo: seedApplicationsDemo,
  demoTables: [
    'application_files',
    'application_messages',
    'application_events',
    'application_payments',
    'application_test_payments',
    'application_webhooks',
    'applications',
    'application_reference_counters',
  ],
};

/** Webhook use cases, shared by the workspace pages and the CLI (`webhook:*`, actor CLI_ACTOR). */
export { createWebhookSubscription } from './api/use-cases/create-webhook';
export { listWebhookSubscriptions } from './api/use-cases/list-webhooks';
export { disableWebhookSubscription } from './api/use-cases/disable-webhook';
export { webhookUrlProblem } from './api/webhook-schemas';
export { PATHS as APPLICATION_PATHS } from './paths';
export { PROCESS_PERMISSION } from './policies';
export type { ApplicationRow } from './repository';
/** The payment providers (Rechnung/Überweisung, Testbezahldienst), for the VHS course fees. */
export { paymentProviders } from './payments';
export type { PaymentProvider } from './payments/providers';
