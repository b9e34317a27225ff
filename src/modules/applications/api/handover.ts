import { createHash } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Config } from '../../../kernel/config';
import type { Database, Executor } from '../../../kernel/db';
import { hashStoredFile, type FileStore } from '../../../kernel/files';
import { enqueue } from '../../../kernel/jobs';
import { exportAnswers, findFormVersion, type ExportedAnswer } from '../../forms';
import { findServiceForApplication } from '../../services';
import type { ApplicationRow, PaymentRow } from '../repository';
import { applicationFiles, applicationPayments, webhookSubscriptions } from '../tables';
import type { ApplicationStatus } from '../workflow';
import { PATHS } from '../paths';

/** Version of the handover format below; bumped on incompatible changes (documented in openapi.ts). */
export const HANDOVER_FORMAT = 'stadtportal.antrag/1';
export const WEBHOOK_JOB = 'applications.webhook';

/**
 * FIT-Connect submission metadata (schema 1.0.0, https://schema.fitko.de/fit-connect/metadata/1.0.0/):
 * what specialist software reading FIT-Connect submissions already understands.
 */
export interface FitConnectMetadata {
  contentStructure: {
    data: { hash: { type: 'sha512'; content: string }; submissionSchema: { schemaUri: string; mimeType: 'application/json' } };
    attachments: {
      attachmentId: string;
      hash: { type: 'sha512'; content: string };
      purpose: 'form' | 'attachment' | 'report';
      filename: string;
      mimeType: string;
    }[];
  };
  publicServiceType: { name: string; identifier: string };
  paymentInformation?: {
    transactionId: string;
    transactionReference: string;
    transactionTimestamp?: string;
    paymentMethod: 'INVOICE' | 'OTHER';
    status: 'INITIAL' | 'BOOKED' | 'FAILED' | 'CANCELED';
    grossAmount?: number;
  };
  replyChannel?: { eMail: { address: string } };
  additionalReferenceInfo: { senderReference: string; applicationDate: string };
}

/** A submitted application as specialist software receives it (REST API, staff JSON export). */
export interface HandoverDocument {
  format: typeof HANDOVER_FORMAT;
  id: string;
  reference: string;
  status: ApplicationStatus;
  submittedAt: string | null;
  updatedAt: string;
  service: { slug: string; name: string; leikaKey: string | null };
  departmentId: string;
  form: { versionId: string; key: string; version: number; title: string; fim: { schemaId: string; version?: string; standard: string } | null };
  applicant: { name: string | null; email: string | null; accountId: string | null };
  /** Answers keyed by field id, as stored (dates ISO, numbers as strings, files as attachment ids). */
  answers: Record<string, unknown>;
  /** The same answers with labels and FIM ids, in form order. */
  fields: ExportedAnswer[];
  attachments: {
    id: string;
    kind: string;
    fieldId: string | null;
    filename: string;
    mimeType: string;
    size: number;
    sha256: string;
    sha512: string;
    href: string;
  }[];
  payment: { provider: string; transactionId: string | null; status: string; amountCents: number; purpose: string; paidAt: string | null } | null;
  fee: { amountCents: number; status: string };
  metadata: FitConnectMetadata;
}

export interface HandoverDeps {
  db: Database;
  config: Config;
  files: FileStore;
}

/**
 * Builds the handover document of a submitted application. Attachment hashes are SHA-512 as
 * FIT-Connect requires, computed from the stored bytes (so they prove what is stored now).
 */
export async function handoverDocument(deps: HandoverDeps, application: ApplicationRow): Promise<HandoverDocument> {
  const { db, config } = deps;
  const [service, formVersion, files, payments] = await Promise.all([
    findServiceForApplication(db, application.serviceSlug),
    findFormVersion(db, application.formVersionId),
    db.select().from(applicationFiles).where(eq(applicationFiles.applicationId, application.id)).orderBy(asc(applicationFiles.createdAt)),
    db.select().from(applicationPayments).where(eq(applicationPayments.applicationId, application.id)).orderBy(asc(applicationPayments.createdAt)),
  ]);
  if (!formVersion) throw new Error(`form version ${application.formVersionId} of application ${application.id} is missing`);
  const reference = application.reference ?? application.id;
  const definition = formVersion.definition;
  const attachments = await Promise.all(
    files
      .filter((file) => file.kind === 'answer' || file.kind === 'message' || file.kind === 'receipt')
      .map(async (file) => ({
        id: file.id,
        kind: file.kind,
        fieldId: file.fieldId,
        filename: file.filename,
        mimeType: file.contentType,
        size: file.size,
        sha256: file.sha256,
        sha512: await storedSha512(deps.files, file.storageKey),
        href: `${config.baseUrl}${PATHS.apiFile(application.id, file.id)}`,
      })),
  );
  const payment = payments.at(-1) ?? null;
  const answers = application.answers as Record<string, unknown>;
  const serviceName = service?.name ?? application.serviceSlug;
  const leikaKey = service?.leikaKey ?? null;
  const submittedAt = application.submittedAt?.toISOString() ?? null;

  return {
    format: HANDOVER_FORMAT,
    id: application.id,
    reference,
    status: application.status,
    submittedAt,
    updatedAt: application.updatedAt.toISOString(),
    service: { slug: application.serviceSlug, name: serviceName, leikaKey },
    departmentId: application.departmentId,
    form: {
      versionId: formVersion.id,
      key: formVersion.formKey,
      version: formVersion.version,
      title: definition.title,
      fim: definition.fim
        ? { schemaId: definition.fim.schemaId, ...(definition.fim.version ? { version: definition.fim.version } : {}), standard: definition.fim.standard }
        : null,
    },
    applicant: { name: application.applicantName, email: application.applicantEmail ?? application.guestEmail, accountId: application.applicantId },
    answers,
    fields: exportAnswers(definition, application.answers),
    attachments,
    payment: payment ? presentPayment(payment) : null,
    fee: { amountCents: application.feeCents, status: application.paymentStatus },
    metadata: {
      contentStructure: {
        data: {
          hash: { type: 'sha512', content: sha512(Buffer.from(JSON.stringify(answers))) },
          submissionSchema: { schemaUri: formSchemaUri(config, formVersion.formKey, formVersion.version), mimeType: 'application/json' },
        },
        attachments: attachments.map((file) => ({
          attachmentId: file.id,
          hash: { type: 'sha512', content: file.sha512 },
          purpose: file.kind === 'receipt' ? 'form' : file.kind === 'answer' ? 'attachment' : 'report',
          filename: file.filename,
          mimeType: file.mimeType,
        })),
      },
      publicServiceType: {
        name: serviceName,
        identifier: leikaKey
          ? `urn:de:fim:leika:leistung:${leikaKey}`
          : `urn:de:stadtportal:leistung:${config.municipality.gemeindeschluessel}:${application.serviceSlug}`,
      },
      ...(payment ? { paymentInformation: fitConnectPayment(payment, reference) } : {}),
      ...(application.applicantEmail || application.guestEmail
        ? { replyChannel: { eMail: { address: (application.applicantEmail ?? application.guestEmail)! } } }
        : {}),
      additionalReferenceInfo: { senderReference: reference, applicationDate: (application.submittedAt ?? application.createdAt).toISOString().slice(0, 10) },
    },
  };
}

/** The form version a submission was made with, as a URI specialist software can keep. */
function formSchemaUri(config: Config, formKey: string, version: number): string {
  return `urn:de:stadtportal:formular:${config.municipality.gemeindeschluessel}:${formKey}:${version}`;
}

function presentPayment(payment: PaymentRow): NonNullable<HandoverDocument['payment']> {
  return {
    provider: payment.provider,
    transactionId: payment.providerTransactionId,
    status: payment.status,
    amountCents: payment.amountCents,
    purpose: payment.purpose,
    paidAt: payment.paidAt?.toISOString() ?? null,
  };
}

const FIT_CONNECT_PAYMENT_STATUS = { created: 'INITIAL', open: 'INITIAL', paid: 'BOOKED', failed: 'FAILED', cancelled: 'CANCELED' } as const;

function fitConnectPayment(payment: PaymentRow, reference: string): NonNullable<FitConnectMetadata['paymentInformation']> {
  return {
    // FIT-Connect allows 36 characters of [\w-]; our ids are uuids.
    transactionId: (payment.providerTransactionId ?? payment.id).replace(/[^\w-]/g, '-').slice(0, 36),
    transactionReference: reference,
    ...(payment.paidAt ? { transactionTimestamp: payment.paidAt.toISOString() } : {}),
    paymentMethod: payment.provider === 'invoice' ? 'INVOICE' : 'OTHER',
    status: FIT_CONNECT_PAYMENT_STATUS[payment.status],
    ...(payment.amountCents > 0 ? { grossAmount: payment.amountCents / 100 } : {}),
  };
}

/** A row without its bytes is a broken store; hashing nothing would hide that from the receiver. */
async function storedSha512(files: FileStore, key: string): Promise<string> {
  const hash = await hashStoredFile(files, key, 'sha512');
  if (!hash) throw new Error(`file ${key} is missing in the ${files.kind} store`);
  return hash;
}

function sha512(bytes: Buffer): string {
  return createHash('sha512').update(bytes).digest('hex');
}

/**
 * Queues one webhook delivery per active subscription of the application's department, in the
 * submission's transaction: a delivery exists exactly when the submission committed.
 */
export async function enqueueHandover(tx: Executor, application: Pick<ApplicationRow, 'id' | 'departmentId'>): Promise<void> {
  const subscriptions = await tx
    .select({ id: webhookSubscriptions.id })
    .from(webhookSubscriptions)
    .where(and(eq(webhookSubscriptions.departmentId, application.departmentId), isNull(webhookSubscriptions.disabledAt)));
  for (const subscription of subscriptions) {
    await enqueue(tx, WEBHOOK_JOB, { webhookId: subscription.id, applicationId: application.id, event: 'application.submitted' }, { maxAttempts: 12 });
  }
}
