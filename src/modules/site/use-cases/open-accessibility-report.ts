import { loadAuthorized, requireSection, type Actor } from '../../../kernel/auth';
import type { ModuleDeps } from '../../../kernel/module';
import { mayHandleAccessibilityReports } from '../policies';
import { reportReference } from '../presenters';
import { findAccessibilityReport, type AccessibilityReport } from '../repository';

/** One Barrieremeldung for the workspace; a malformed id is a missing report (404). */
export async function openReport(
  actor: Actor,
  input: { id: string },
  { db, config }: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<{ report: AccessibilityReport; reference: string }> {
  requireSection(actor, mayHandleAccessibilityReports);
  const report = await loadAuthorized(actor, () => findAccessibilityReport(db, input.id), mayHandleAccessibilityReports, 'Die Meldung');
  return { report, reference: reportReference(config.municipality.referencePrefix, report) };
}
