import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import { moduleSettings } from '../../../../kernel/config';
import type { Outcome } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { renderPdf } from '../../../../kernel/pdf';
import { findServiceForApplication } from '../../../services';
import { notifyApplicant } from '../../account/notifications';
import { storeGeneratedFile } from '../../attachments';
import { legalRemedySettings } from '../../settings';
import { applicationEvents } from '../../tables';
import { mayStaffMove } from '../../workflow';
import { bescheidPdfSpec } from '../bescheid-template';
import { attachFileToMessage, insertMessage } from '../repository';
import { transitionNotAllowed } from './change-status';
import { loadForStaff } from './load-for-staff';
import { moveStatus } from './move-status';

export interface BescheidInput {
  id: string;
  decision: 'approved' | 'rejected';
  reasoning: string;
  ip: string;
}

/**
 * Decides an application with a Bescheid: the PDF from the template is stored as the application's
 * `bescheid` file, delivered into the Postfach as a message with the PDF attached, and the
 * application is closed (approved/rejected, `closed_at`, `delete_after`) — all in one transaction,
 * so there is never a decision without its letter or a letter without its decision.
 */
export async function issueBescheid(actor: Actor, input: BescheidInput, deps: ModuleDeps): Promise<Outcome> {
  return deps.db.transaction(async (tx) => {
    const { actor: staff, application } = await loadForStaff(tx, actor, input.id, { forUpdate: true });
    if (!mayStaffMove(application.status, input.decision)) return transitionNotAllowed(application.status, input.decision, 'decision');
    const service = await findServiceForApplication(tx, application.serviceSlug);
    const serviceName = service?.name ?? application.serviceSlug;
    const pdf = await renderPdf(
      bescheidPdfSpec({
        municipality: deps.config.municipality,
        remedy: moduleSettings(deps, legalRemedySettings),
        application,
        serviceName,
        decision: input.decision,
        reasoning: input.reasoning,
        staffName: staff.displayName,
        issuedAt: new Date(),
      }),
    );
    const message = await insertMessage(tx, {
      applicationId: application.id,
      senderId: staff.id,
      subject: `Bescheid zu Ihrem Antrag ${application.reference ?? ''}`.trim(),
      body: `Guten Tag,\n\nanbei erhalten Sie den Bescheid zu Ihrem Antrag „${serviceName}“ als PDF-Datei. Bitte lesen Sie auch die Rechtsbehelfsbelehrung am Ende des Bescheids.`,
    });
    const file = await storeGeneratedFile(deps, tx, {
      application,
      kind: 'bescheid',
      filename: `Bescheid-${application.reference ?? application.id}.pdf`,
      bytes: pdf,
    });
    await attachFileToMessage(tx, file.id, message.id);
    await tx.insert(applicationEvents).values({ applicationId: application.id, kind: 'bescheid', actorId: staff.id, text: null, visibleToApplicant: true });
    const closed = await moveStatus(tx, deps.config, staff, application, { to: input.decision, reason: undefined, ip: input.ip, notify: false });
    await notifyApplicant(tx, deps.config, closed, { kind: 'bescheid' });
    await audit(tx, staff, {
      action: 'applications.bescheid_issued',
      objectType: 'application',
      objectId: application.id,
      details: { reference: application.reference, decision: input.decision, file: file.id },
      ip: input.ip,
    });
    return { ok: true as const };
  });
}
