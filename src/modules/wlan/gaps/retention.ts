import { audit, type NamedActor } from '../../../kernel/audit';
import { moduleSettings } from '../../../kernel/config';
import type { JobHandler } from '../../../kernel/jobs';
import type { ModuleDeps } from '../../../kernel/module';
import { eraseContact, lockExpiredContacts } from './repository';
import { gapSettings } from './settings';

export const GAP_RETENTION_JOB = 'wlan.gap_contact_retention';
const SYSTEM: NamedActor = { id: null, label: 'System (Löschfristen)' };
const BATCH = 100;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes the reporter's e-mail address and photo of reports closed longer ago than
 * `wlanGaps.contactRetentionDays`: the rows in one transaction per batch (audited without personal
 * data), then the photos from the store. The report itself (place, state, note) stays for the map.
 */
export async function eraseExpiredGapContacts(deps: Pick<ModuleDeps, 'db' | 'files' | 'config'>, now: Date = new Date()): Promise<number> {
  const before = new Date(now.getTime() - moduleSettings(deps, gapSettings).contactRetentionDays * DAY_MS);
  let erased = 0;
  for (;;) {
    const photos = await deps.db.transaction(async (tx) => {
      const expired = await lockExpiredContacts(tx, before, BATCH);
      for (const report of expired) {
        await eraseContact(tx, report.id);
        await audit(tx, SYSTEM, {
          action: 'wlan.gap.contact_erased',
          objectType: 'wlan_gap_report',
          objectId: report.id,
          details: { reference: report.reference },
        });
      }
      erased += expired.length;
      return { count: expired.length, keys: expired.flatMap((report) => (report.photoKey ? [report.photoKey] : [])) };
    });
    // After the commit: a rolled-back batch still names its photos.
    for (const key of photos.keys) await deps.files.delete(key);
    if (photos.count < BATCH) return erased;
  }
}

/** Twice a day; the deadline is counted in days. */
export function gapJobs(deps: Pick<ModuleDeps, 'db' | 'files' | 'config'>): JobHandler[] {
  return [{ kind: GAP_RETENTION_JOB, everySeconds: 12 * 60 * 60, run: async () => void (await eraseExpiredGapContacts(deps)) }];
}
