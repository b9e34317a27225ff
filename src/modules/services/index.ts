// PLACEHOLDER contract — replaced by the helper who builds the services module (Leistungskatalog).
import type { Executor } from '../../kernel/db';
import type { ModuleManifest } from '../../kernel/module';

/** How a Leistung's fee is paid online: not at all, optionally, before submitting, or after the Bescheid. */
export const PAYMENT_POLICIES = ['none', 'optional', 'before_submission', 'after_decision'] as const;
export type PaymentPolicy = (typeof PAYMENT_POLICIES)[number];

/** What the applications module needs to know about a Leistung. */
export interface ServiceForApplication {
  slug: string;
  name: string;
  leikaKey: string | null;
  departmentId: string;
  onlineApplication: boolean;
  /** Low-risk procedures may be applied for without an account (resume link by e-mail). */
  guestAllowed: boolean;
  paymentPolicy: PaymentPolicy;
  /** Processing deadline in days after submission (overdue markers). */
  processingDays: number;
  /** Closed applications are deleted this many days after closing (default 365). */
  retentionDays: number;
}

export const servicesModule: ModuleManifest = { id: 'services' };
export declare function findServiceForApplication(db: Executor, slug: string): Promise<ServiceForApplication | null>;
export declare function listServicesForApplication(db: Executor): Promise<ServiceForApplication[]>;
export declare const SERVICE_PATHS: { list: string; detail: (slug: string) => string };
