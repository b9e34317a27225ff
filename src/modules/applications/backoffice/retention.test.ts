import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { after, before, beforeEach, describe, it } from 'node:test';
import { auditLog } from '../../../kernel/audit';
import { scheduleRecurring } from '../../../kernel/jobs';
import { storeGeneratedFile } from '../attachments';
import type { ApplicationRow } from '../repository';
import { applicationEvents, applicationFiles, applications } from '../tables';
import { deleteExpiredApplications, retentionJobs } from './retention';
import { createApplication } from '../../../../tests/support/applications';
import { SAMPLE_FILES, storedBytes } from '../../../../tests/support/files';
import { citizen } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';

const DAY = 24 * 60 * 60 * 1000;

describe('retention job', () => {
  let t: TestApp;
  let owner: string;

  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());
  beforeEach(async () => {
    await t.reset();
    owner = (await citizen(t)).id;
  });

  async function withFile(values: Partial<ApplicationRow>): Promise<{ application: ApplicationRow; storageKey: string }> {
    const application = await createApplication(t, { applicantId: owner }, { applicantName: 'Erika Mustermann', ...values });
    const file = await storeGeneratedFile(t.deps, t.db, { application, kind: 'bescheid', filename: 'Bescheid.pdf', bytes: SAMPLE_FILES.pdf });
    return { application, storageKey: file.storageKey };
  }

  const exists = async (id: string) => (await t.db.select({ id: applications.id }).from(applications).where(eq(applications.id, id))).length === 1;

  it('deletes closed applications past delete_after with their files, rows and one audit entry without personal data', async () => {
    const closedAt = new Date(Date.now() - 400 * DAY);
    const old = await withFile({ status: 'approved', closedAt, deleteAfter: new Date(Date.now() - 35 * DAY) });
    const withdrawn = await withFile({ status: 'withdrawn', closedAt, deleteAfter: new Date(Date.now() - DAY) });
    assert.equal(await deleteExpiredApplications(t.deps), 2);
    for (const { application, storageKey } of [old, withdrawn]) {
      assert.equal(await exists(application.id), false);
      assert.equal(await storedBytes(t.deps.files, storageKey), null, 'the bytes are gone from the store');
      assert.equal((await t.db.select().from(applicationFiles).where(eq(applicationFiles.applicationId, application.id))).length, 0);
      assert.equal((await t.db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, application.id))).length, 0);
      const entries = await t.db.select().from(auditLog).where(eq(auditLog.objectId, application.id));
      assert.equal(entries.length, 1);
      const entry = entries[0]!;
      assert.equal(entry.action, 'applications.deleted_after_retention');
      assert.equal(entry.actorId, null);
      assert.match(entry.actorLabel, /System/);
      assert.deepEqual(Object.keys(entry.details ?? {}).sort(), ['closedAt', 'reference', 'service', 'status']);
      assert.doesNotMatch(JSON.stringify(entry.details), /Mustermann|example\.org/);
    }
  });

  it('keeps open applications, young closed ones and anything without a deletion date', async () => {
    const open = await withFile({ status: 'in_progress', deleteAfter: new Date(Date.now() - DAY) });
    const young = await withFile({ status: 'rejected', closedAt: new Date(), deleteAfter: new Date(Date.now() + 300 * DAY) });
    const undated = await withFile({ status: 'approved', closedAt: new Date() });
    assert.equal(await deleteExpiredApplications(t.deps), 0);
    for (const { application, storageKey } of [open, young, undated]) {
      assert.equal(await exists(application.id), true);
      assert.ok(await storedBytes(t.deps.files, storageKey));
    }
    assert.equal((await t.db.select().from(auditLog).where(eq(auditLog.action, 'applications.deleted_after_retention'))).length, 0);
  });

  it('runs as a recurring job of the module through the worker', async () => {
    const old = await withFile({ status: 'approved', closedAt: new Date(Date.now() - 400 * DAY), deleteAfter: new Date(Date.now() - DAY) });
    await scheduleRecurring(t.db, retentionJobs(t.deps));
    await t.worker.runOnce();
    assert.equal(await exists(old.application.id), false);
  });
});
