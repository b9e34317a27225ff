import assert from 'node:assert/strict';
import { createHash, createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { sql } from 'drizzle-orm';
import { seedDemo } from '../../../bootstrap';
import { createApiToken } from '../../../kernel/auth';
import { storeUpload } from '../../../kernel/files';
import { PROJECT_ROOT } from '../../../kernel/config';
import { queryRows } from '../../../kernel/db';
import { MODULES } from '../../../registry';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { findPublishedForm } from '../../forms';
import { storeAnswerFiles } from '../attachments';
import { insertDraft, saveDraftAnswers, submitApplication } from '../apply';
import { findApplication } from '../repository';
import { HANDOVER_FORMAT } from './handover';
import { createWebhook, signWebhook, SIGNATURE_HEADER } from './webhooks';

const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'), Buffer.alloc(2048, 7)]);
const fitConnectSchema = JSON.parse(readFileSync(resolve(PROJECT_ROOT, 'tests/fixtures/fit-connect/metadata.schema.v1.0.0.json'), 'utf8')) as object;

let t: TestApp;

describe('the applications API', () => {
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());
  beforeEach(async () => {
    await t.reset();
    // Accounts, the catalogue and its forms only: not the demo Anträge (the tests count what they
    // submit themselves), not the other areas' demo, which took seconds per test and which the API
    // does not show (the open data's DataStore loads would even fill the job queue the tests run).
    await seedDemo(
      t.deps,
      MODULES.filter((module) => ['accounts', 'services', 'forms'].includes(module.id)),
    );
  });

  /** A Mängelmeldung submitted through the real submit use case, with one uploaded photo. */
  async function submitted(email = 'anna@example.org') {
    const form = await findPublishedForm(t.db, 'maengelmeldung');
    assert.ok(form, 'demo form maengelmeldung');
    const draft = await insertDraft(t.db, {
      serviceSlug: 'maengelmeldung',
      departmentId: await serviceDepartment(),
      formVersionId: form.id,
      guestEmail: email,
      applicantEmail: email,
    });
    const upload = await storeAnswerFiles(t.deps, {
      application: draft,
      fieldId: 'photos',
      field: { accept: ['image/png', 'image/jpeg'] },
      files: [await storeUpload(t.deps.files, { fieldName: 'photos', filename: 'schlagloch.png', body: PNG })],
      uploadedBy: null,
    });
    assert.deepEqual(upload.errors, []);
    await saveDraftAnswers(
      t.db,
      draft.id,
      {
        category: 'strasse',
        description: 'Schlagloch etwa 30 cm breit',
        location: 'Fußweg am Seilersee',
        photos: [upload.stored[0]!.id],
        wantsFeedback: 'nein',
      },
      0,
    );
    const outcome = await submitApplication(
      { actor: null, guestIds: [draft.id], ip: '127.0.0.1' },
      { id: draft.id, submissionKey: draft.submissionKey, declaration: true },
      t.deps,
    );
    assert.ok(outcome.ok, `submitted: ${JSON.stringify(outcome)}`);
    return (await findApplication(t.db, draft.id))!;
  }

  async function serviceDepartment(): Promise<string> {
    const [row] = await queryRows<{ department_id: string }>(t.db, sql`select department_id from services where slug = 'maengelmeldung'`);
    return row!.department_id;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON bodies of the API, checked field by field below
  type Json = Record<string, any>;

  async function api(path: string, token?: string) {
    const response = await t.app.inject({ method: 'GET', url: path, headers: token ? { authorization: `Bearer ${token}` } : {} });
    const json: Json = String(response.headers['content-type']).startsWith('application/json') ? (response.json() as Json) : {};
    return { status: response.statusCode, json, headers: response.headers, raw: response.rawPayload };
  }

  describe('REST API /api/v1', () => {
    it('refuses requests without a valid token with 401 in the API error shape', async () => {
      for (const token of [undefined, 'sp_not-a-real-token-1234567890']) {
        const response = await api('/api/v1/applications', token);
        assert.equal(response.status, 401);
        assert.equal(response.headers['www-authenticate'], 'Bearer realm="stadtportal"');
        assert.equal(response.json.error.code, 'unauthorized');
      }
    });

    it('hands over a submitted application with answers, FIM ids, attachment hashes and FIT-Connect metadata', async () => {
      const application = await submitted();
      const { token } = await createApiToken(t.db, { name: 'Fachverfahren', departmentId: application.departmentId });

      const list = await api('/api/v1/applications', token);
      assert.equal(list.status, 200);
      assert.deepEqual(
        list.json.items.map((item: { reference: string }) => item.reference),
        [application.reference],
      );

      const document = await api(`/api/v1/applications/${application.id}`, token);
      assert.equal(document.status, 200);
      const body = document.json;
      assert.equal(body.format, HANDOVER_FORMAT);
      assert.match(body.reference, /^ISN-\d{4}-\d{6}$/);
      assert.equal(body.answers.description, 'Schlagloch etwa 30 cm breit');
      assert.ok(body.fields.some((field: { id: string; label: string }) => field.id === 'description' && field.label.length > 0));
      assert.equal(body.attachments.length, 1);
      assert.equal(body.attachments[0].sha256, createHash('sha256').update(PNG).digest('hex'));
      assert.equal(body.attachments[0].sha512, createHash('sha512').update(PNG).digest('hex'));

      const ajv = new Ajv2020({ strict: false });
      addFormats.default(ajv);
      const validate = ajv.compile<Json>(fitConnectSchema);
      assert.ok(validate(body.metadata), JSON.stringify(validate.errors));
      assert.equal(body.metadata.additionalReferenceInfo.senderReference, application.reference);

      const file = await api(`/api/v1/applications/${application.id}/files/${body.attachments[0].id}`, token);
      assert.equal(file.status, 200);
      assert.equal(file.headers['content-type'], 'image/png');
      assert.deepEqual(file.raw, PNG);
    });

    it("shows a department's token nothing of other departments, and never drafts", async () => {
      const application = await submitted();
      const { token } = await createApiToken(t.db, { name: 'Jugendamt', departmentId: 'jugendamt' });
      assert.notEqual(application.departmentId, 'jugendamt');
      assert.deepEqual((await api('/api/v1/applications', token)).json.items, []);
      assert.equal((await api(`/api/v1/applications/${application.id}`, token)).status, 404);

      const form = await findPublishedForm(t.db, 'maengelmeldung');
      const draft = await insertDraft(t.db, {
        serviceSlug: 'maengelmeldung',
        departmentId: application.departmentId,
        formVersionId: form!.id,
        guestEmail: 'b@example.org',
      });
      const { token: own } = await createApiToken(t.db, { name: 'Eigener Fachbereich', departmentId: application.departmentId });
      assert.equal((await api(`/api/v1/applications/${draft.id}`, own)).status, 404);
      assert.equal((await api('/api/v1/applications', own)).json.items.length, 1);
    });

    it('pages with a cursor and validates query parameters', async () => {
      await submitted('a@example.org');
      await submitted('b@example.org');
      await submitted('c@example.org');
      const { token } = await createApiToken(t.db, { name: 'Alle' });
      const first = await api('/api/v1/applications?limit=2', token);
      assert.equal(first.json.items.length, 2);
      const second = await api(`/api/v1/applications?limit=2&cursor=${first.json.next}`, token);
      assert.equal(second.json.items.length, 1);
      assert.equal(second.json.next, null);
      const bad = await api('/api/v1/applications?limit=500&status=draft&cursor=xyz', token);
      assert.equal(bad.status, 400);
      assert.deepEqual(Object.keys(bad.json.error.fields).sort(), ['cursor', 'limit', 'status']);
      // A cursor taken apart and put together again, and times before the year 1 or after 9999, are
      // refused with 400: they used to reach the database and fail there with 500.
      const forged = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
      for (const query of [
        `cursor=${forged(`2026-01-01T00:00:00.000Z|${'-'.repeat(36)}`)}`,
        `cursor=${forged('-271821-04-20T00:00:00.000Z|00000000-0000-0000-0000-000000000000')}`,
        `cursor=${forged('0000-01-01T00:00:00.000Z|00000000-0000-0000-0000-000000000000')}`,
        'submittedSince=0000-01-01T00:00:00Z',
        'submittedSince=0001-01-01T00:00:00%2B01:00',
        'submittedSince=9999-12-31T23:59:59-14:00',
      ]) {
        const refused = await api(`/api/v1/applications?${query}`, token);
        assert.equal(refused.status, 400, query);
        assert.deepEqual(Object.keys(refused.json.error.fields), [query.split('=')[0]], query);
      }
    });

    it('describes every route in the OpenAPI document', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
      assert.equal(response.statusCode, 200);
      const document = response.json() as { openapi: string; paths: Record<string, unknown>; webhooks: Record<string, unknown> };
      assert.equal(document.openapi, '3.1.0');
      assert.deepEqual(Object.keys(document.paths).sort(), [
        '/api/v1/applications',
        '/api/v1/applications/{id}',
        '/api/v1/applications/{id}/files/{fileId}',
        '/api/v1/openapi.json',
      ]);
      assert.ok(document.webhooks.applicationSubmitted);
    });
  });

  describe('webhooks', () => {
    it('delivers a signed event without personal data on submission and retries after a failure', async () => {
      const received: { headers: IncomingMessage['headers']; body: string }[] = [];
      let answer = 500;
      const receiver = createServer((request, response) => {
        let body = '';
        request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        request.on('end', () => {
          received.push({ headers: request.headers, body });
          response.statusCode = answer;
          response.end();
        });
      });
      await new Promise<void>((done) => receiver.listen(0, '127.0.0.1', done));
      try {
        const port = (receiver.address() as AddressInfo).port;
        const department = await serviceDepartment();
        const { secret } = await createWebhook(t.db, { departmentId: department, url: `http://127.0.0.1:${port}/hook` });
        const application = await submitted('private-person@example.org');

        await t.worker.runOnce();
        assert.equal(received.length, 1, 'first attempt');
        const [job] = await queryRows<{ attempts: number; last_error: string }>(
          t.db,
          sql`select attempts, last_error from jobs where kind = 'applications.webhook'`,
        );
        assert.equal(job?.attempts, 1);
        assert.match(job!.last_error, /answered 500/);

        answer = 204;
        await t.db.execute(sql`update jobs set run_at = now() where kind = 'applications.webhook'`);
        await t.worker.runOnce();
        assert.equal(received.length, 2, 'retried');
        assert.deepEqual(await queryRows(t.db, sql`select id from jobs where kind = 'applications.webhook'`), [], 'done after success');

        const { headers, body } = received[1]!;
        const event = JSON.parse(body) as Record<string, string>;
        assert.equal(event.reference, application.reference);
        assert.equal(event.applicationId, application.id);
        assert.doesNotMatch(body, /private-person|Schlagloch/);
        const signature = String(headers[SIGNATURE_HEADER]);
        const timestamp = Number(/t=(\d+)/.exec(signature)![1]);
        assert.equal(signature, signWebhook(secret, body, timestamp));
        assert.equal(signature.split('v1=')[1], createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex'));
      } finally {
        receiver.close();
      }
    });

    it('queues nothing for departments without a webhook', async () => {
      await submitted();
      assert.deepEqual(await queryRows(t.db, sql`select id from jobs where kind = 'applications.webhook'`), []);
    });
  });
});
