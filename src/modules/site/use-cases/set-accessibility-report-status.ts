import { audit } from '../../../kernel/audit';
import { loadAuthorized, requireSection, type Actor } from '../../../kernel/auth';
import type { ModuleDeps } from '../../../kernel/module';
import { mayHandleAccessibilityReports } from '../policies';
import { reportReference } from '../presenters';
import { findAccessibilityReport, updateAccessibilityReportStatus } from '../repository';
import type { AccessibilityReportStatus } from '../tables';

/**
 * Staff set a report to open, answered or closed. The row is locked while it changes; a real change
 * is written to the audit log in the same transaction. Returns false when the status was already set.
 */
export async function setAccessibilityReportStatus(
  actor: Actor,
  input: { id: string; status: AccessibilityReportStatus; ip: string },
  { db, config }: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<boolean> {
  requireSection(actor, mayHandleAccessibilityReports);
  return db.transaction(async (tx) => {
    const report = await loadAuthorized(actor, () => findAccessibilityReport(tx, input.id, { forUpdate: true }), mayHandleAccessibilityReports, 'Die Meldung');
    if (report.status === input.status) return false;
    await updateAccessibilityReportStatus(tx, report.id, report.status, input.status);
    await audit(tx, actor, {
      action: 'site.accessibility_report.status_changed',
      objectType: 'accessibility_report',
      objectId: report.id,
      details: { reference: reportReference(config.municipality.referencePrefix, report), from: report.status, to: input.status },
      ip: input.ip,
    });
    return true;
  });
}
