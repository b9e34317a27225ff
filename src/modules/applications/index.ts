import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../kernel/config';
import type { ModuleManifest } from '../../kernel/module';
import { erasureJobs } from './account/erasure-jobs';
import { applicationsPersonalData } from './account/personal-data';
import { registerAccountRoutes } from './account/routes';
import { applicationsOverview } from './account/use-cases/account-overview';
import { registerApiRoutes } from './api/routes';
import { handoverJobs } from './api/webhooks';
import { registerApplyRoutes } from './apply/routes';
import { registerAttachmentRoutes } from './attachments';
import { registerBackofficeRoutes } from './backoffice/routes';
import { retentionJobs } from './backoffice/retention';
import { seedApplicationsDemo } from './demo';
import { registerPaymentRoutes } from './payments/routes';
import { paymentSettings } from './payments/settings';
import { PROCESS_PERMISSION } from './policies';
import { legalRemedySettings } from './settings';
import { applicationStatisticsDataset } from './statistics';

/**
 * Anträge: applying online (drafts, guests, attachments, payment, submission with reference
 * number and receipt), "Meine Anträge" with the Postfach, the back office of the departments,
 * and the handover to specialist software (REST API, webhooks).
 */
export const applicationsModule: ModuleManifest = {
  id: 'applications',
  migrationsDir: resolve(PROJECT_ROOT, 'src/modules/applications/migrations'),
  settings: [paymentSettings, legalRemedySettings],
  permissions: [{ id: PROCESS_PERMISSION, label: 'Anträge der eigenen Fachbereiche bearbeiten' }],
  routes: (app, deps) => {
    registerApplyRoutes(app, deps);
    registerPaymentRoutes(app, deps);
    registerAttachmentRoutes(app, deps);
    registerAccountRoutes(app, deps);
    registerBackofficeRoutes(app, deps);
    registerApiRoutes(app, deps);
  },
  personalData: applicationsPersonalData,
  accountOverview: (user, deps) => applicationsOverview(user, {}, deps),
  jobs: (deps) => [...handoverJobs(deps), ...retentionJobs(deps), ...erasureJobs(deps)],
  openData: [applicationStatisticsDataset],
  seedDemo: seedApplicationsDemo,
  demoTables: ['application_files', 'application_messages', 'application_events', 'application_payments', 'application_test_payments', 'application_webhooks', 'applications', 'application_reference_counters'],
};

export { STATUS_LABELS, type ApplicationStatus } from './workflow';
export { createWebhook, listWebhooks, disableWebhook } from './api/webhooks';
