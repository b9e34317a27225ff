import assert from 'node:assert/strict';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { asc, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { queryRows } from '../db';
import { sendSms } from './outbox';
import { pruneSmsOutbox } from './retention';
import { smsOutbox } from './tables';

const TEXT = 'Erinnerung: Ihr Termin morgen, 09:00 Uhr, Bürgerbüro im Rathaus. Buchung T-4K7M-2QXD.';

async function outboxRows(t: TestApp) {
  return queryRows<{ status: string; attempts: number; last_error: string | null; provider_message_id: string | null; sent: boolean }>(
    t.db,
    sql`select status, attempts, last_error, provider_message_id, sent_at is not null as sent from sms_outbox order by id`,
  );
}

describe('SMS outbox without a provider', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  it('keeps the SMS in the local outbox with status local: nothing leaves the machine', async () => {
    assert.deepEqual(t.config.sms.provider, { kind: 'outbox' });
    await t.db.transaction((tx) => sendSms(tx, { to: '+491701234567', text: TEXT }));
    assert.equal(await t.worker.runOnce(), 1);
    const rows = await t.db.select({ to: smsOutbox.toNumber, text: smsOutbox.text, status: smsOutbox.status }).from(smsOutbox);
    assert.deepEqual(rows, [{ to: '+491701234567', text: TEXT, status: 'local' }]);
    assert.equal((await queryRows(t.db, sql`select 1 from jobs`)).length, 0);
  });

  it('queues nothing when the transaction rolls back, and refuses a number that is not E.164 or a text too long', async () => {
    await assert.rejects(
      t.db.transaction(async (tx) => {
        await sendSms(tx, { to: '+491701234567', text: TEXT });
        throw new Error('Buchung fehlgeschlagen');
      }),
      /Buchung fehlgeschlagen/,
    );
    await assert.rejects(() => sendSms(t.db, { to: '0170 1234567', text: TEXT }), /E\.164/);
    await assert.rejects(() => sendSms(t.db, { to: '+491701234567', text: 'x'.repeat(641) }), /1 to 640/);
    assert.deepEqual(await outboxRows(t), []);
  });

  it('deletes finished messages after the retention days and keeps young and queued ones', async () => {
    await t.db.insert(smsOutbox).values([
      { toNumber: '+491701111111', text: 'alt, gesendet', status: 'sent', createdAt: sql`now() - interval '40 days'`, sentAt: sql`now() - interval '31 days'` },
      { toNumber: '+491702222222', text: 'spät gesendet', status: 'sent', createdAt: sql`now() - interval '40 days'`, sentAt: sql`now() - interval '2 days'` },
      { toNumber: '+491703333333', text: 'alt, lokal', status: 'local', createdAt: sql`now() - interval '31 days'` },
      { toNumber: '+491704444444', text: 'alt, fehlgeschlagen', status: 'failed', createdAt: sql`now() - interval '31 days'` },
      { toNumber: '+491705555555', text: 'wartet noch', status: 'queued', createdAt: sql`now() - interval '90 days'` },
    ]);
    assert.equal(t.config.sms.retentionDays, 30);
    assert.equal(await pruneSmsOutbox(t.db, t.config.sms.retentionDays), 3);
    const left = await t.db.select({ text: smsOutbox.text }).from(smsOutbox).orderBy(asc(smsOutbox.id));
    assert.deepEqual(
      left.map((row) => row.text),
      ['spät gesendet', 'wartet noch'],
    );
  });
});

describe('SMS through the HTTP provider (a local server)', () => {
  const received: Array<{ authorization: string | undefined; contentType: string | undefined; body: unknown }> = [];
  let answer: { status: number; body: string } = { status: 202, body: '{"messageId":"gw-1"}' };
  const server = createServer((request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({
        authorization: request.headers.authorization,
        contentType: request.headers['content-type'],
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
      });
      response.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
    });
  });
  let t: TestApp;

  before(async () => {
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    const { port } = server.address() as AddressInfo;
    t = await createTestApp({ env: { SMS_PROVIDER_URL: `http://127.0.0.1:${port}/v1/sms`, SMS_PROVIDER_TOKEN: 'geheimes-token' } });
  });
  after(async () => {
    await t.close();
    await new Promise<void>((closed) => server.close(() => closed()));
  });
  beforeEach(async () => {
    await t.reset();
    received.length = 0;
    answer = { status: 202, body: '{"messageId":"gw-1"}' };
  });

  it('POSTs the message as JSON with the bearer token, once, and keeps the provider id', async () => {
    await t.db.transaction((tx) => sendSms(tx, { to: '+491701234567', text: TEXT }));
    assert.equal(received.length, 0, 'nothing is sent inside the transaction');
    assert.equal(await t.worker.runOnce(), 1);
    assert.deepEqual(received, [{ authorization: 'Bearer geheimes-token', contentType: 'application/json', body: { to: '+491701234567', text: TEXT } }]);
    assert.deepEqual(await outboxRows(t), [{ status: 'sent', attempts: 1, last_error: null, provider_message_id: 'gw-1', sent: true }]);
    assert.equal(await t.worker.runOnce(), 0, 'and not sent twice');
    assert.equal(received.length, 1);
  });

  it('keeps the SMS queued with the error when the provider refuses it, delivers it on the retry, and marks it failed after the last attempt', async () => {
    answer = { status: 503, body: '{"error":"Wartung"}' };
    await sendSms(t.db, { to: '+491701234567', text: TEXT });
    assert.equal(await t.worker.runOnce(), 1);
    const [refused] = await outboxRows(t);
    assert.equal(refused!.status, 'queued');
    assert.equal(refused!.attempts, 1);
    assert.match(refused!.last_error ?? '', /503.*Wartung/);
    assert.equal(await t.worker.runOnce(), 0, 'not retried at once');

    answer = { status: 200, body: 'OK' };
    await t.db.execute(sql`update jobs set run_at = now() - interval '1 second'`);
    assert.equal(await t.worker.runOnce(), 1);
    assert.deepEqual(await outboxRows(t), [{ status: 'sent', attempts: 2, last_error: null, provider_message_id: null, sent: true }]);

    answer = { status: 401, body: 'unauthorised' };
    await sendSms(t.db, { to: '+491709999999', text: TEXT });
    await t.db.execute(sql`update sms_outbox set attempts = 9 where status = 'queued'`);
    await t.db.execute(sql`update jobs set attempts = 9`);
    assert.equal(await t.worker.runOnce(), 1);
    const [, failed] = await outboxRows(t);
    assert.equal(failed!.status, 'failed');
    assert.equal(failed!.attempts, 10);
  });
});
