import { audit } from '../../../../kernel/audit';
import { loadAuthorized, requireSection, type Actor, type CurrentUser } from '../../../../kernel/auth';
import { sendMail } from '../../../../kernel/mail';
import type { ModuleDeps, StaffTask } from '../../../../kernel/module';
import { PATHS } from '../../paths';
import { mayManageWlan } from '../../policies';
import type { GapState, WlanGapReport } from '../../tables';
import { stateChangedMail } from '../mails';
import { CLOSED_STATES } from '../presenters';
import { countGapReports, findGapReport, listGapHistory, listGapReports, updateGapState, type GapHistoryEntry } from '../repository';
import type { GapStateInput } from '../schemas';

const PAGE_SIZE = 50;

export interface GapList {
  rows: WlanGapReport[];
  total: number;
  /** The page as shown: clamped to the last one. */
  page: number;
  pageCount: number;
}

/** The staff list of gap reports: newest first, 50 a page, optionally one state. */
export async function listGapReportsForStaff(actor: Actor, input: { state?: GapState; page: number }, { db }: Pick<ModuleDeps, 'db'>): Promise<GapList> {
  requireSection(actor, mayManageWlan);
  const total = await countGapReports(db, input.state);
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(Math.max(1, input.page), pageCount);
  const rows = await listGapReports(db, { state: input.state, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  return { rows, total, page, pageCount };
}

/** One report with everything staff may see (description, photo, contact). */
export async function openGapReport(actor: Actor, input: { id: string }, { db }: Pick<ModuleDeps, 'db'>): Promise<WlanGapReport> {
  requireSection(actor, mayManageWlan);
  return loadAuthorized(actor, () => findGapReport(db, input.id), mayManageWlan, 'Die Meldung');
}

/** The report's page: the report and its history ("Verlauf"). */
export async function showGapReport(
  actor: Actor,
  input: { id: string },
  deps: Pick<ModuleDeps, 'db'>,
): Promise<{ report: WlanGapReport; history: GapHistoryEntry[] }> {
  const report = await openGapReport(actor, input, deps);
  return { report, history: await listGapHistory(deps.db, report.id) };
}

/**
 * Staff set the state and the public note. Closing (resolved, rejected) starts the clock for the
 * contact data's deletion; reopening stops it. A real change is audited and, when the reporter left
 * an address, mailed to them, all in one transaction. Returns false when nothing changed.
 */
export async function changeGapState(
  actor: Actor,
  input: GapStateInput & { id: string; ip: string },
  { db, config }: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<boolean> {
  requireSection(actor, mayManageWlan);
  return db.transaction(async (tx) => {
    const report = await loadAuthorized(actor, () => findGapReport(tx, input.id, { forUpdate: true }), mayManageWlan, 'Die Meldung');
    if (report.state === input.status && report.publicNote === input.hinweis) return false;
    const closing = CLOSED_STATES.includes(input.status);
    const closedAt = closing ? (CLOSED_STATES.includes(report.state) ? report.closedAt : new Date()) : null;
    await updateGapState(tx, report.id, { state: input.status, publicNote: input.hinweis, closedAt });
    await audit(tx, actor, {
      action: 'wlan.gap.state_changed',
      objectType: 'wlan_gap_report',
      objectId: report.id,
      details: { reference: report.reference, from: report.state, to: input.status, noteChanged: report.publicNote !== input.hinweis },
      ip: input.ip,
    });
    if (report.contactEmail && report.state !== input.status) {
      await sendMail(tx, stateChangedMail(config, { ...report, state: input.status, publicNote: input.hinweis }, report.contactEmail));
    }
    return true;
  });
}

/** "Meine Aufgaben": new reports wait for triage. */
export async function gapStaffTasks(actor: CurrentUser, { db }: Pick<ModuleDeps, 'db'>): Promise<StaffTask[]> {
  if (!mayManageWlan(actor)) return [];
  const waiting = await countGapReports(db, 'new');
  return waiting > 0 ? [{ label: 'Neue WLAN-Lücken prüfen', count: waiting, href: `${PATHS.staffGaps}?status=new` }] : [];
}
