import { sql } from 'drizzle-orm';
import { queryRows, type DatabaseHandle } from '../db';
import type { Family } from './exposition';

interface Backlog {
  jobs_due: number;
  jobs_running: number;
  jobs_retrying: number;
  jobs_failed: number;
  oldest_due_seconds: number;
  mail_queued: number;
  mail_failed: number;
  mail_oldest_seconds: number;
  sms_queued: number;
  sms_failed: number;
  sms_oldest_seconds: number;
}

/**
 * The work waiting in the database, read at each scrape in one statement on the indexed columns:
 * jobs that are due, running, retrying after an error or out of attempts, and the mail and SMS
 * outboxes' messages not yet delivered. Shared by every process: any instance reports the same.
 */
export async function queueMetrics(database: DatabaseHandle): Promise<Family[]> {
  const [row] = await queryRows<Backlog>(
    database.db,
    sql`select
      (select count(*) from jobs where run_at <= now() and attempts < max_attempts and (locked_until is null or locked_until < now()))::int as jobs_due,
      (select count(*) from jobs where locked_until >= now())::int as jobs_running,
      (select count(*) from jobs where last_error is not null and attempts < max_attempts)::int as jobs_retrying,
      (select count(*) from jobs where attempts >= max_attempts)::int as jobs_failed,
      coalesce((select extract(epoch from now() - min(run_at)) from jobs where run_at <= now() and attempts < max_attempts and (locked_until is null or locked_until < now())), 0)::float8 as oldest_due_seconds,
      (select count(*) from mail_outbox where status = 'queued')::int as mail_queued,
      (select count(*) from mail_outbox where status = 'failed')::int as mail_failed,
      coalesce((select extract(epoch from now() - min(created_at)) from mail_outbox where status = 'queued'), 0)::float8 as mail_oldest_seconds,
      (select count(*) from sms_outbox where status = 'queued')::int as sms_queued,
      (select count(*) from sms_outbox where status = 'failed')::int as sms_failed,
      coalesce((select extract(epoch from now() - min(created_at)) from sms_outbox where status = 'queued'), 0)::float8 as sms_oldest_seconds`,
  );
  const value = (key: keyof Backlog) => Number(row?.[key] ?? 0);
  return [
    {
      name: 'stadtportal_jobs',
      help: 'Jobs in the queue by state: due (waiting for a worker), running, retrying (failed before, attempts left), failed (no attempts left).',
      type: 'gauge',
      samples: (['due', 'running', 'retrying', 'failed'] as const).map((state) => ({ labels: { state }, value: value(`jobs_${state}`) })),
    },
    {
      name: 'stadtportal_jobs_oldest_due_seconds',
      help: 'How long the oldest due job has been waiting, in seconds.',
      type: 'gauge',
      samples: [{ value: value('oldest_due_seconds') }],
    },
    {
      name: 'stadtportal_outbox_messages',
      help: 'Mails and SMS not delivered: queued (waiting for delivery) or failed.',
      type: 'gauge',
      samples: (['mail', 'sms'] as const).flatMap((channel) =>
        (['queued', 'failed'] as const).map((status) => ({ labels: { channel, status }, value: value(`${channel}_${status}`) })),
      ),
    },
    {
      name: 'stadtportal_outbox_oldest_queued_seconds',
      help: 'Age of the oldest queued message per channel, in seconds.',
      type: 'gauge',
      samples: (['mail', 'sms'] as const).map((channel) => ({ labels: { channel }, value: value(`${channel}_oldest_seconds`) })),
    },
  ];
}
