import { requireSection, type Actor } from '../../../kernel/auth';
import type { ModuleDeps } from '../../../kernel/module';
import { mayHandleAccessibilityReports } from '../policies';
import { reportReference } from '../presenters';
import { countAccessibilityReports, listAccessibilityReports, type AccessibilityReport } from '../repository';
import type { AccessibilityReportStatus } from '../tables';

const PAGE_SIZE = 50;

export interface ReportList {
  rows: Array<{ report: AccessibilityReport; reference: string }>;
  total: number;
  /** The page as shown: clamped to the last one. */
  page: number;
  pageCount: number;
}

/** The Barrieremeldungen section of the workspace: newest first, 50 per page, optionally one status. */
export async function listReports(
  actor: Actor,
  input: { status?: AccessibilityReportStatus; page: number },
  { db, config }: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<ReportList> {
  requireSection(actor, mayHandleAccessibilityReports);
  const total = await countAccessibilityReports(db, input.status);
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(Math.max(1, input.page), pageCount);
  const reports = await listAccessibilityReports(db, { status: input.status, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const prefix = config.municipality.referencePrefix;
  return { rows: reports.map((report) => ({ report, reference: reportReference(prefix, report) })), total, page, pageCount };
}
