import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { queryRows } from '../db';
import { sendMail } from './outbox';

interface Received {
  mailFrom: string;
  rcptTo: string[];
  headers: Map<string, string>;
  subject: string;
  body: string;
}

/** RFC 2047 encoded words (`=?UTF-8?Q?...?=`, `=?UTF-8?B?...?=`) as nodemailer writes them. */
function decodeWords(value: string): string {
  return value.replace(/\?=\s+=\?/g, '?==?').replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_all, _charset: string, encoding: string, text: string) =>
    encoding.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(
          text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
          'latin1',
        ).toString('utf8'),
  );
}

function decodeBody(body: string, transferEncoding: string): string {
  if (transferEncoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (transferEncoding === 'quoted-printable') {
    const bytes = body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

/** Splits the DATA stream into decoded headers and text body (single-part text mails only). */
function parseMessage(raw: string): { headers: Map<string, string>; subject: string; body: string } {
  const split = raw.indexOf('\r\n\r\n');
  const headers = new Map<string, string>();
  for (const line of raw
    .slice(0, split)
    .replace(/\r\n[ \t]+/g, ' ')
    .split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  const body = decodeBody(raw.slice(split + 4), (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase());
  return { headers, subject: decodeWords(headers.get('subject') ?? ''), body: body.replace(/\r\n/g, '\n').replace(/\n$/, '') };
}

const SUBJECT = 'Ihre Anmeldung für „Schwimmkurs für Kinder“ – Bestätigung';
const TEXT = 'Guten Tag Frau Müller,\n\nwir bestätigen Ihre Anmeldung zum Kurs „Schwimmen lernen“.\nGrüße aus Iserlohn – äöüß ÄÖÜ € 😊';

describe('mail outbox with a real SMTP server', () => {
  const received: Received[] = [];
  let refuseRecipients = false;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refuseRecipients) {
        const error = new Error('Postfach nicht vorhanden (mailbox unavailable)') as Error & { responseCode: number };
        error.responseCode = 550;
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const message = parseMessage(Buffer.concat(chunks).toString('latin1'));
        received.push({
          mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          rcptTo: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          ...message,
        });
        callback();
      });
    },
  });
  let t: TestApp;

  before(async () => {
    await new Promise<void>((resolveListen) => smtp.listen(0, '127.0.0.1', resolveListen));
    const { port } = smtp.server.address() as AddressInfo;
    t = await createTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${port}` } });
  });
  after(async () => {
    await t.close();
    await new Promise<void>((resolveClose) => smtp.close(resolveClose));
  });
  beforeEach(async () => {
    await t.reset();
    received.length = 0;
    refuseRecipients = false;
  });

  async function outbox() {
    return queryRows<{ status: string; attempts: number; last_error: string | null; sent: boolean }>(
      t.db,
      sql`select status, attempts, last_error, sent_at is not null as sent from mail_outbox order by id`,
    );
  }

  it('delivers a queued mail through SMTP with sender, recipient, subject and body intact (umlauts, emoji)', async () => {
    await t.db.transaction((tx) => sendMail(tx, { to: 'buerger@example.org', subject: SUBJECT, text: TEXT }));
    assert.deepEqual(await outbox(), [{ status: 'queued', attempts: 0, last_error: null, sent: false }]);
    assert.equal(received.length, 0, 'nothing is sent inside the use case');

    assert.equal(await t.worker.runOnce(), 1);
    assert.deepEqual(await outbox(), [{ status: 'sent', attempts: 1, last_error: null, sent: true }]);
    assert.equal(received.length, 1);
    const [mail] = received;
    assert.equal(mail!.mailFrom, 'info@iserlohn.de');
    assert.deepEqual(mail!.rcptTo, ['buerger@example.org']);
    assert.equal(decodeWords(mail!.headers.get('from') ?? ''), 'Stadt Iserlohn <info@iserlohn.de>');
    assert.equal(mail!.headers.get('to'), 'buerger@example.org');
    assert.match(mail!.headers.get('content-type') ?? '', /charset=utf-8/i);
    assert.equal(mail!.subject, SUBJECT);
    assert.equal(mail!.body, TEXT);
    assert.equal((await queryRows(t.db, sql`select 1 from jobs`)).length, 0, 'the delivery job is done');
    assert.equal(await t.worker.runOnce(), 0, 'and not sent twice');
    assert.equal(received.length, 1);
  });

  it('sends its attachments as parts of their own, and the outbox keeps them', async () => {
    const calendar = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nSUMMARY:Töpfern für Anfänger\r\nEND:VCALENDAR\r\n';
    await t.db.transaction((tx) =>
      sendMail(tx, {
        to: 'buerger@example.org',
        subject: SUBJECT,
        text: TEXT,
        attachments: [{ filename: 'kurs.ics', contentType: 'text/calendar; charset=utf-8', content: calendar }],
      }),
    );
    assert.equal(await t.worker.runOnce(), 1);
    const [mail] = received;
    assert.match(mail!.headers.get('content-type') ?? '', /^multipart\/mixed/);
    const part = mail!.body.split(/\r?\n--/).find((chunk) => /content-type: text\/calendar/i.test(chunk));
    assert.ok(part, 'a text/calendar part');
    assert.match(part, /filename=kurs\.ics/);
    const { body } = parseMessage(
      part
        .replace(/^[^\r\n]*\r?\n/, '')
        .replace(/\n/g, '\r\n')
        .replace(/\r\r/g, '\r'),
    );
    assert.equal(body.replace(/\n/g, '\r\n'), calendar.replace(/\r\n$/, ''));
    const [row] = await queryRows<{ attachments: unknown }>(t.db, sql`select attachments from mail_outbox`);
    assert.deepEqual(row!.attachments, [{ filename: 'kurs.ics', contentType: 'text/calendar; charset=utf-8', content: calendar }]);
  });

  it('sends extra header fields (one-click unsubscribe, RFC 8058), and refuses a header that would inject another', async () => {
    const unsubscribe = '<https://www.iserlohn.de/rat/benachrichtigungen/abmelden/abc.def>';
    await t.db.transaction((tx) =>
      sendMail(tx, {
        to: 'buerger@example.org',
        subject: SUBJECT,
        text: TEXT,
        headers: { 'List-Unsubscribe': unsubscribe, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      }),
    );
    assert.equal(await t.worker.runOnce(), 1);
    const [mail] = received;
    assert.equal(mail!.headers.get('list-unsubscribe'), unsubscribe);
    assert.equal(mail!.headers.get('list-unsubscribe-post'), 'List-Unsubscribe=One-Click');
    assert.equal(mail!.body, TEXT);
    for (const headers of [{ 'List-Unsubscribe': '<x>\r\nBcc: alle@example.org' }, { Bcc: 'alle@example.org' }, { 'Bad Name': 'x' }] as Array<
      Record<string, string>
    >) {
      await assert.rejects(() => sendMail(t.db, { to: 'buerger@example.org', subject: SUBJECT, text: TEXT, headers }), /mail header/);
    }
    assert.equal((await outbox()).length, 1, 'nothing queued for the refused ones');
  });

  it('queues nothing when the transaction that sent the mail rolls back', async () => {
    await assert.rejects(
      t.db.transaction(async (tx) => {
        await sendMail(tx, { to: 'buerger@example.org', subject: 'Nie', text: 'Nie zugestellt' });
        throw new Error('Anmeldung fehlgeschlagen');
      }),
      /Anmeldung fehlgeschlagen/,
    );
    assert.deepEqual(await outbox(), []);
    assert.equal(await t.worker.runOnce(), 0);
    assert.equal(received.length, 0);
  });

  it('keeps the mail queued with last_error when the server refuses the recipient, and delivers it on the retry', async () => {
    refuseRecipients = true;
    await sendMail(t.db, { to: 'niemand@example.org', subject: SUBJECT, text: TEXT });
    assert.equal(await t.worker.runOnce(), 1);

    const [mail] = await outbox();
    assert.equal(mail!.status, 'queued');
    assert.equal(mail!.attempts, 1);
    assert.match(mail!.last_error ?? '', /550|Postfach nicht vorhanden/);
    const [job] = await queryRows<{ attempts: number; last_error: string | null; due_in: number }>(
      t.db,
      sql`select attempts, last_error, extract(epoch from run_at - now())::float8 as due_in from jobs`,
    );
    assert.equal(job!.attempts, 1);
    assert.match(job!.last_error ?? '', /550|Postfach nicht vorhanden/);
    assert.ok(job!.due_in > 20 && job!.due_in < 40, `retried later (backoff ~30 s), due in ${job!.due_in}`);
    assert.equal(await t.worker.runOnce(), 0, 'not retried at once');
    assert.equal(received.length, 0);

    refuseRecipients = false;
    await t.db.execute(sql`update jobs set run_at = now() - interval '1 second'`);
    assert.equal(await t.worker.runOnce(), 1);
    const [after] = await outbox();
    assert.equal(after!.status, 'sent');
    assert.equal(after!.attempts, 2);
    assert.equal(received.length, 1);
    assert.deepEqual(received[0]!.rcptTo, ['niemand@example.org']);
    assert.equal(received[0]!.body, TEXT);
  });

  it('marks the mail failed after the last attempt, so the outbox does not show it as queued forever', async () => {
    refuseRecipients = true;
    await sendMail(t.db, { to: 'niemand@example.org', subject: SUBJECT, text: TEXT });
    await t.db.execute(sql`update mail_outbox set attempts = 9`);
    await t.db.execute(sql`update jobs set attempts = 9`);
    assert.equal(await t.worker.runOnce(), 1);
    const [mail] = await outbox();
    assert.equal(mail!.status, 'failed');
    assert.equal(mail!.attempts, 10);
    assert.equal(await t.worker.runOnce(), 0, 'no attempt after the last one');
    refuseRecipients = false;
  });
});

describe('mail outbox without SMTP', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  it('keeps the mail in the local outbox with status local (readable by admins), no error', async () => {
    assert.equal(t.config.mail.smtpUrl, undefined);
    await sendMail(t.db, { to: 'buerger@example.org', subject: SUBJECT, text: TEXT });
    assert.equal(await t.worker.runOnce(), 1);
    const rows = await queryRows<{ status: string; subject: string; text_body: string; last_error: string | null }>(
      t.db,
      sql`select status, subject, text_body, last_error from mail_outbox`,
    );
    assert.deepEqual(rows, [{ status: 'local', subject: SUBJECT, text_body: TEXT, last_error: null }]);
    assert.equal((await queryRows(t.db, sql`select 1 from jobs`)).length, 0);
  });
});
