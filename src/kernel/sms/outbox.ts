import { and, eq, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { SmsConfig } from '../config/load';
import type { Database, Executor } from '../db/types';
import { enqueue } from '../jobs/queue';
import type { JobHandler } from '../jobs/worker';
import { isE164 } from './phone-number';
import { smsProviderOf, type SmsMessage, type SmsProvider } from './provider';
import { smsOutbox } from './tables';

const SMS_JOB = 'sms.deliver';
const SMS_MAX_ATTEMPTS = 10;
/** Four concatenated SMS of 160 GSM characters; a longer text is a mistake of the caller, not something to split. */
const SMS_MAX_LENGTH = 640;

/** Queues an SMS in the caller's transaction; it is delivered after commit by the SMS job. */
export async function sendSms(db: Executor, message: SmsMessage): Promise<void> {
  if (!isE164(message.to)) throw new Error('sms recipient is not an E.164 number (normaliseMobileNumber first)');
  if (message.text.length === 0 || message.text.length > SMS_MAX_LENGTH) throw new Error(`sms text must have 1 to ${SMS_MAX_LENGTH} characters`);
  const [row] = await db.insert(smsOutbox).values({ toNumber: message.to, text: message.text }).returning({ id: smsOutbox.id });
  if (row) await enqueue(db, SMS_JOB, { id: row.id }, { maxAttempts: SMS_MAX_ATTEMPTS });
}

/** `+491701234567` → `+49170…567`: enough to tell messages apart in the log, not a number to call. */
function masked(number: string): string {
  return `${number.slice(0, 6)}…${number.slice(-3)}`;
}

/**
 * Delivers one queued SMS through the configured provider. Without one the message stays in the
 * outbox (`status = local`, read by admins at /verwaltung/postausgang/sms) and the log says so, so every flow works on a machine that reaches no
 * provider. A refused message stays queued with `last_error` and is retried with the job's backoff;
 * after the last attempt it is `failed`.
 */
export function smsJob(
  db: Database,
  config: SmsConfig,
  logger?: Pick<FastifyBaseLogger, 'info'>,
  provider: SmsProvider | null = smsProviderOf(config),
): JobHandler {
  return {
    kind: SMS_JOB,
    async run(payload) {
      const id = Number(payload.id);
      const [sms] = await db
        .select()
        .from(smsOutbox)
        .where(and(eq(smsOutbox.id, id), eq(smsOutbox.status, 'queued')));
      if (!sms) return;
      if (!provider) {
        await db.update(smsOutbox).set({ status: 'local' }).where(eq(smsOutbox.id, id));
        logger?.info(
          { sms: id, to: masked(sms.toNumber), length: sms.text.length },
          'SMS kept in the local outbox (/verwaltung/postausgang/sms): no SMS provider configured',
        );
        return;
      }
      try {
        const { providerMessageId } = await provider.send({ to: sms.toNumber, text: sms.text });
        await db
          .update(smsOutbox)
          .set({ status: 'sent', sentAt: sql`now()`, attempts: sql`${smsOutbox.attempts} + 1`, providerMessageId, lastError: null })
          .where(eq(smsOutbox.id, id));
      } catch (error) {
        await db
          .update(smsOutbox)
          .set({
            attempts: sql`${smsOutbox.attempts} + 1`,
            status: sql`case when ${smsOutbox.attempts} + 1 >= ${SMS_MAX_ATTEMPTS} then 'failed' else ${smsOutbox.status} end`,
            lastError: (error as Error).message.slice(0, 1000),
          })
          .where(eq(smsOutbox.id, id));
        throw error;
      }
    },
  };
}
