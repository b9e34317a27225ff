import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { asc, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { scheduleRecurring } from '../jobs';
import { mailRetentionJob } from './retention';
import { mailOutbox, type MAIL_STATUSES } from './tables';

type Status = (typeof MAIL_STATUSES)[number];

describe('mail outbox retention (MAIL_OUTBOX_RETENTION_DAYS)', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ env: { MAIL_OUTBOX_RETENTION_DAYS: '10' } });
  });
  after(() => t.close());

  /** A mail created `createdDaysAgo` days ago; a sent one was delivered `sentDaysAgo` days ago. */
  async function mail(subject: string, status: Status, createdDaysAgo: number, sentDaysAgo?: number): Promise<void> {
    await t.db.insert(mailOutbox).values({
      toAddress: 'person@example.org',
      subject,
      textBody: 'Text',
      status,
      createdAt: sql`now() - make_interval(days => ${createdDaysAgo})`,
      sentAt: sentDaysAgo === undefined ? null : sql`now() - make_interval(days => ${sentDaysAgo})`,
    });
  }

  it('deletes sent, local and failed mails older than the configured days; keeps younger and queued ones', async () => {
    assert.equal(t.config.mail.retentionDays, 10);
    await mail('gesendet, alt', 'sent', 12, 11);
    await mail('gesendet, spät zugestellt', 'sent', 15, 9);
    await mail('gesendet, jung', 'sent', 2, 2);
    await mail('lokal, alt', 'local', 11);
    await mail('lokal, jung', 'local', 9);
    await mail('fehlgeschlagen, alt', 'failed', 11);
    await mail('fehlgeschlagen, jung', 'failed', 3);
    await mail('wartet noch', 'queued', 40);

    // Through the worker as in production: the job is recurring and scheduled like every kernel job.
    await scheduleRecurring(t.db, [mailRetentionJob(t.db, t.config.mail.retentionDays)]);
    assert.ok((await t.worker.runOnce()) >= 1);
    const left = await t.db.select({ subject: mailOutbox.subject }).from(mailOutbox).orderBy(asc(mailOutbox.id));
    assert.deepEqual(
      left.map((row) => row.subject),
      ['gesendet, spät zugestellt', 'gesendet, jung', 'lokal, jung', 'fehlgeschlagen, jung', 'wartet noch'],
    );
  });
});
